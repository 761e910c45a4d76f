// SPDX-License-Identifier: GPL-3.0-or-later
// berth-volume-tool: the one program in Berth's volume tool image, run by the engine in a helper
// container that mounts a volume at /vol. It does what the archive API cannot: remove paths.
//
//   berth-volume-tool remove ROOT LIST
//
// LIST is a file of paths relative to ROOT, each ended by a NUL byte, children before their
// folders. Each is removed without following a symbolic link on the way (every folder is opened
// with O_NOFOLLOW from ROOT down), a folder only when empty. A path that is not there is fine.
// Exit 0 when all went, 1 when some could not (each named on stderr), 2 on bad use.
// Built static, with no library but the C library, so the image needs nothing else.
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace {

/// Opens the folder that holds @p path below @p root, component by component, never through a
/// link; returns its descriptor and points @p last at the final component, or -1.
int openParent(int root, char *path, const char **last)
{
    int dir = dup(root);
    char *component = path;
    for (char *slash = std::strchr(component, '/'); dir >= 0 && slash; slash = std::strchr(component, '/')) {
        *slash = '\0';
        if (*component != '\0' && std::strcmp(component, ".") != 0) {
            if (std::strcmp(component, "..") == 0) {
                *slash = '/';
                close(dir);
                errno = EINVAL;
                return -1;
            }
            const int next = openat(dir, component, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
            close(dir);
            dir = next;
        }
        *slash = '/';
        component = slash + 1;
    }
    if (dir >= 0
        && (*component == '\0' || std::strcmp(component, ".") == 0 || std::strcmp(component, "..") == 0)) {
        close(dir);
        errno = EINVAL;
        return -1;
    }
    *last = component;
    return dir;
}

int removeListed(const char *rootPath, const char *listPath)
{
    const int root = open(rootPath, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (root < 0) {
        std::fprintf(stderr, "berth-volume-tool: %s: %s\n", rootPath, std::strerror(errno));
        return 2;
    }
    std::FILE *list = std::fopen(listPath, "rb");
    if (!list) {
        std::fprintf(stderr, "berth-volume-tool: %s: %s\n", listPath, std::strerror(errno));
        return 2;
    }
    int status = 0;
    char *line = nullptr;
    size_t capacity = 0;
    ssize_t length = 0;
    while ((length = getdelim(&line, &capacity, '\0', list)) > 0) {
        if (line[length - 1] == '\0')
            --length;
        if (length == 0)
            continue;
        line[length] = '\0';
        const char *last = nullptr;
        const int parent = openParent(root, line, &last);
        if (parent < 0) {
            if (errno == ENOENT)
                continue; // its folder is gone already
            std::fprintf(stderr, "berth-volume-tool: %s: %s\n", line, std::strerror(errno));
            status = 1;
            continue;
        }
        struct stat st;
        if (fstatat(parent, last, &st, AT_SYMLINK_NOFOLLOW) != 0) {
            if (errno != ENOENT) {
                std::fprintf(stderr, "berth-volume-tool: %s: %s\n", line, std::strerror(errno));
                status = 1;
            }
        } else if (unlinkat(parent, last, S_ISDIR(st.st_mode) ? AT_REMOVEDIR : 0) != 0 && errno != ENOENT) {
            std::fprintf(stderr, "berth-volume-tool: %s: %s\n", line, std::strerror(errno));
            status = 1;
        }
        close(parent);
    }
    std::free(line);
    std::fclose(list);
    close(root);
    return status;
}

} // namespace

int main(int argc, char **argv)
{
    if (argc == 4 && std::strcmp(argv[1], "remove") == 0)
        return removeListed(argv[2], argv[3]);
    std::fprintf(stderr, "usage: berth-volume-tool remove ROOT LIST\n");
    return 2;
}
