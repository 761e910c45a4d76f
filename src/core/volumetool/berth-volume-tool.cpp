// SPDX-License-Identifier: GPL-3.0-or-later
// berth-volume-tool: the one program in Berth's volume tool image, run by the engine in a helper
// container that mounts a volume at /vol. It does what the archive API cannot: remove paths, and
// say what a volume holds without sending its files.
//
//   berth-volume-tool remove ROOT LIST
//   berth-volume-tool digest ROOT OUT
//   berth-volume-tool list ROOT FOLDER OUT
//
// LIST is a file of paths relative to ROOT, each ended by a NUL byte, children before their
// folders. Each is removed without following a symbolic link on the way (every folder is opened
// with O_NOFOLLOW from ROOT down), a folder only when empty. A path that is not there is fine.
// Exit 0 when all went, 1 when some could not (each named on stderr), 2 on bad use.
//
// digest writes to OUT one record per entry below ROOT (never through a link), each ended by a
// NUL byte: PATH TAB TYPE TAB MODE TAB SIZE TAB SHA256 TAB LINK, as Berth's TarDigest makes them
// from a tar of the same tree: the tar type (0 file, 2 symbolic link, 3 and 4 devices, 5 folder,
// 6 fifo), the permission bits in octal, a file's size and content sha256 (a hard link as the
// file it names), a symbolic link's target; sockets are left out, as tar leaves them. Berth then
// compares a copied volume without reading it back over the network.
// list writes to OUT the entries of the one folder FOLDER below ROOT (reached without following a
// link), from lstat alone, no file's content read: a folder holding a 5 GB file lists at once.
// Each entry is three NUL-ended fields: "TYPE MODE SIZE UID GID MTIME" (the tar type as for
// digest, the mode bits 07777 in octal, the rest in decimal), the name's bytes, and a symbolic
// link's target (empty otherwise). Sockets are left out. Exit 3 when FOLDER is not there or not
// a folder.
// Built static, with no library but the C library, so the image needs nothing else.
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace {

/// The tar type flag of a file of @p mode: '0' a file, '5' a folder, '2' a link, '3' and '4'
/// character and block devices, '6' a FIFO; 0 for a socket, which tar leaves out.
char tarType(mode_t mode)
{
    if (S_ISREG(mode))
        return '0';
    if (S_ISDIR(mode))
        return '5';
    if (S_ISLNK(mode))
        return '2';
    if (S_ISCHR(mode))
        return '3';
    if (S_ISBLK(mode))
        return '4';
    if (S_ISFIFO(mode))
        return '6';
    return 0;
}

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

/// SHA-256 (FIPS 180-4), small and portable: the tool links nothing but the C library.
class Sha256
{
public:
    void add(const unsigned char *data, size_t size)
    {
        m_length += size;
        while (size > 0) {
            const size_t take = size < 64 - m_used ? size : 64 - m_used;
            std::memcpy(m_block + m_used, data, take);
            m_used += take;
            data += take;
            size -= take;
            if (m_used == 64) {
                compress(m_block);
                m_used = 0;
            }
        }
    }
    /// The digest as 64 lowercase hex digits (and NUL) in @p hex.
    void finish(char hex[65])
    {
        const unsigned long long bits = m_length * 8;
        const unsigned char one = 0x80, zero = 0;
        add(&one, 1);
        while (m_used != 56)
            add(&zero, 1);
        unsigned char length[8];
        for (int i = 0; i < 8; ++i)
            length[i] = static_cast<unsigned char>(bits >> (56 - 8 * i));
        add(length, 8);
        for (int i = 0; i < 8; ++i)
            std::snprintf(hex + 8 * i, 9, "%08x", m_state[i]);
    }

private:
    static unsigned rotate(unsigned x, int n) { return (x >> n) | (x << (32 - n)); }
    void compress(const unsigned char *p)
    {
        static const unsigned k[64] = {0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1,
            0x923f82a4, 0xab1c5ed5, 0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe,
            0x9bdc06a7, 0xc19bf174, 0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa,
            0x5cb0a9dc, 0x76f988da, 0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147,
            0x06ca6351, 0x14292967, 0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb,
            0x81c2c92e, 0x92722c85, 0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624,
            0xf40e3585, 0x106aa070, 0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a,
            0x5b9cca4f, 0x682e6ff3, 0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb,
            0xbef9a3f7, 0xc67178f2};
        unsigned w[64];
        for (int i = 0; i < 16; ++i)
            w[i] = unsigned(p[4 * i]) << 24 | unsigned(p[4 * i + 1]) << 16 | unsigned(p[4 * i + 2]) << 8
                | unsigned(p[4 * i + 3]);
        for (int i = 16; i < 64; ++i) {
            const unsigned s0 = rotate(w[i - 15], 7) ^ rotate(w[i - 15], 18) ^ (w[i - 15] >> 3);
            const unsigned s1 = rotate(w[i - 2], 17) ^ rotate(w[i - 2], 19) ^ (w[i - 2] >> 10);
            w[i] = w[i - 16] + s0 + w[i - 7] + s1;
        }
        unsigned a = m_state[0], b = m_state[1], c = m_state[2], d = m_state[3], e = m_state[4],
                 f = m_state[5], g = m_state[6], h = m_state[7];
        for (int i = 0; i < 64; ++i) {
            const unsigned t1
                = h + (rotate(e, 6) ^ rotate(e, 11) ^ rotate(e, 25)) + ((e & f) ^ (~e & g)) + k[i] + w[i];
            const unsigned t2
                = (rotate(a, 2) ^ rotate(a, 13) ^ rotate(a, 22)) + ((a & b) ^ (a & c) ^ (b & c));
            h = g;
            g = f;
            f = e;
            e = d + t1;
            d = c;
            c = b;
            b = a;
            a = t1 + t2;
        }
        m_state[0] += a;
        m_state[1] += b;
        m_state[2] += c;
        m_state[3] += d;
        m_state[4] += e;
        m_state[5] += f;
        m_state[6] += g;
        m_state[7] += h;
    }

    unsigned m_state[8]
        = {0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19};
    unsigned char m_block[64] = {};
    size_t m_used = 0;
    unsigned long long m_length = 0;
};

/// A file already hashed under another name (a hard link), by device and inode.
struct Seen
{
    dev_t device;
    ino_t inode;
    bool used;
    char sha[65];
};

/// The files with more than one name, hashed once: an open-addressing table (a volume may hold
/// many hard links, a package store say; a list searched for each would cost their square).
struct SeenTable
{
    Seen *slots = nullptr;
    size_t capacity = 0; // a power of two
    size_t count = 0;

    ~SeenTable() { std::free(slots); }
    Seen *slotFor(dev_t device, ino_t inode) const
    {
        size_t i = (size_t(inode) * 0x9E3779B97F4A7C15ull ^ size_t(device)) & (capacity - 1);
        while (slots[i].used && (slots[i].device != device || slots[i].inode != inode))
            i = (i + 1) & (capacity - 1);
        return &slots[i];
    }
    const Seen *find(dev_t device, ino_t inode) const
    {
        if (count == 0)
            return nullptr;
        const Seen *slot = slotFor(device, inode);
        return slot->used ? slot : nullptr;
    }
    void insert(dev_t device, ino_t inode, const char sha[65])
    {
        if ((count + 1) * 2 > capacity) { // at most half full
            Seen *old = slots;
            const size_t oldCapacity = capacity;
            capacity = capacity ? capacity * 2 : 64;
            slots = static_cast<Seen *>(std::calloc(capacity, sizeof(Seen)));
            if (!slots)
                std::abort();
            count = 0;
            for (size_t i = 0; i < oldCapacity; ++i) {
                if (old[i].used)
                    insert(old[i].device, old[i].inode, old[i].sha);
            }
            std::free(old);
        }
        Seen *slot = slotFor(device, inode);
        if (!slot->used)
            ++count;
        *slot = Seen {device, inode, true, {}};
        std::memcpy(slot->sha, sha, 65);
    }
};

struct Digester
{
    std::FILE *out = nullptr;
    int status = 0;
    SeenTable seen;
    unsigned char buffer[1 << 16];

    void problem(const char *path)
    {
        std::fprintf(stderr, "berth-volume-tool: %s: %s\n", path, std::strerror(errno));
        status = 1;
    }

    /// The content's sha256 of @p name in @p dir, or false.
    bool hash(int dir, const char *name, const char *path, const struct stat &st, char sha[65])
    {
        if (st.st_nlink > 1) {
            if (const Seen *known = seen.find(st.st_dev, st.st_ino)) {
                std::memcpy(sha, known->sha, 65);
                return true;
            }
        }
        const int fd = openat(dir, name, O_RDONLY | O_NOFOLLOW | O_CLOEXEC);
        if (fd < 0) {
            problem(path);
            return false;
        }
        Sha256 digest;
        ssize_t n = 0;
        while ((n = read(fd, buffer, sizeof buffer)) > 0)
            digest.add(buffer, size_t(n));
        close(fd);
        if (n < 0) {
            problem(path);
            return false;
        }
        digest.finish(sha);
        if (st.st_nlink > 1)
            seen.insert(st.st_dev, st.st_ino, sha);
        return true;
    }

    /// Every entry of the folder @p dir (open; closed here), named below @p prefix.
    void walk(int dir, const char *prefix)
    {
        DIR *listing = fdopendir(dir);
        if (!listing) {
            problem(*prefix ? prefix : ".");
            close(dir);
            return;
        }
        while (const dirent *entry = readdir(listing)) {
            const char *name = entry->d_name;
            if (std::strcmp(name, ".") == 0 || std::strcmp(name, "..") == 0)
                continue;
            const size_t length = std::strlen(prefix) + 1 + std::strlen(name) + 1;
            char *path = static_cast<char *>(std::malloc(length));
            if (!path)
                std::abort();
            std::snprintf(path, length, "%s%s%s", prefix, *prefix ? "/" : "", name);
            struct stat st;
            if (fstatat(dirfd(listing), name, &st, AT_SYMLINK_NOFOLLOW) != 0) {
                problem(path);
                std::free(path);
                continue;
            }
            const char type = tarType(st.st_mode);
            char sha[65] = "";
            long long size = 0;
            char *link = nullptr;
            if (type == 0) { // a socket: tar leaves it out
                std::free(path);
                continue;
            }
            if (type == '0') {
                size = st.st_size;
                if (!hash(dirfd(listing), name, path, st, sha)) {
                    std::free(path);
                    continue;
                }
            } else if (type == '2') {
                const size_t room = size_t(st.st_size > 0 ? st.st_size : 4095) + 1;
                link = static_cast<char *>(std::calloc(room + 1, 1));
                const ssize_t n = link ? readlinkat(dirfd(listing), name, link, room) : -1;
                if (n < 0) {
                    problem(path);
                    std::free(link);
                    std::free(path);
                    continue;
                }
                link[n] = '\0';
            }
            std::fprintf(out, "%s\t%c\t%o\t%lld\t%s\t%s", path, type, unsigned(st.st_mode & 0777), size, sha,
                link ? link : "");
            std::fputc('\0', out);
            std::free(link);
            if (type == '5') {
                const int child
                    = openat(dirfd(listing), name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
                if (child < 0)
                    problem(path);
                else
                    walk(child, path);
            }
            std::free(path);
        }
        closedir(listing);
    }
};

int digestTree(const char *rootPath, const char *outPath)
{
    const int root = open(rootPath, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (root < 0) {
        std::fprintf(stderr, "berth-volume-tool: %s: %s\n", rootPath, std::strerror(errno));
        return 2;
    }
    Digester digester;
    digester.out = std::fopen(outPath, "wb");
    if (!digester.out) {
        std::fprintf(stderr, "berth-volume-tool: %s: %s\n", outPath, std::strerror(errno));
        close(root);
        return 2;
    }
    digester.walk(root, "");
    if (std::fclose(digester.out) != 0) {
        std::fprintf(stderr, "berth-volume-tool: %s: %s\n", outPath, std::strerror(errno));
        digester.status = 1;
    }
    return digester.status;
}

int listFolder(const char *rootPath, const char *folderPath, const char *outPath)
{
    const int root = open(rootPath, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (root < 0) {
        std::fprintf(stderr, "berth-volume-tool: %s: %s\n", rootPath, std::strerror(errno));
        return 2;
    }
    // FOLDER component by component from ROOT, never through a link, never up.
    int dir = root;
    char *path = strdup(folderPath);
    if (!path)
        std::abort();
    for (char *component = std::strtok(path, "/"); component; component = std::strtok(nullptr, "/")) {
        if (std::strcmp(component, ".") == 0)
            continue;
        const int next = std::strcmp(component, "..") == 0
            ? (errno = EINVAL, -1)
            : openat(dir, component, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
        const int saved = errno;
        close(dir);
        dir = next;
        if (dir < 0) {
            std::fprintf(stderr, "berth-volume-tool: %s: %s\n", folderPath, std::strerror(saved));
            std::free(path);
            return saved == ENOENT || saved == ENOTDIR || saved == ELOOP ? 3 : 1;
        }
    }
    std::free(path);
    DIR *listing = fdopendir(dir);
    if (!listing) {
        std::fprintf(stderr, "berth-volume-tool: %s: %s\n", folderPath, std::strerror(errno));
        close(dir);
        return 1;
    }
    std::FILE *out = std::fopen(outPath, "wb");
    if (!out) {
        std::fprintf(stderr, "berth-volume-tool: %s: %s\n", outPath, std::strerror(errno));
        closedir(listing);
        return 2;
    }
    int status = 0;
    char link[4097];
    while (const dirent *entry = readdir(listing)) {
        const char *name = entry->d_name;
        if (std::strcmp(name, ".") == 0 || std::strcmp(name, "..") == 0)
            continue;
        struct stat st;
        if (fstatat(dirfd(listing), name, &st, AT_SYMLINK_NOFOLLOW) != 0) {
            if (errno != ENOENT) { // gone since readdir: not listed
                std::fprintf(stderr, "berth-volume-tool: %s: %s\n", name, std::strerror(errno));
                status = 1;
            }
            continue;
        }
        const char type = tarType(st.st_mode);
        if (type == 0)
            continue; // a socket: tar leaves it out
        link[0] = '\0';
        if (type == '2') {
            const ssize_t n = readlinkat(dirfd(listing), name, link, sizeof link - 1);
            link[n > 0 ? n : 0] = '\0';
        }
        std::fprintf(out, "%c %o %lld %lld %lld %lld", type, unsigned(st.st_mode & 07777),
            type == '0' ? (long long)st.st_size : 0LL, (long long)st.st_uid, (long long)st.st_gid,
            (long long)st.st_mtime);
        std::fputc('\0', out);
        std::fputs(name, out);
        std::fputc('\0', out);
        std::fputs(link, out);
        std::fputc('\0', out);
    }
    closedir(listing);
    if (std::fclose(out) != 0) {
        std::fprintf(stderr, "berth-volume-tool: %s: %s\n", outPath, std::strerror(errno));
        status = 1;
    }
    return status;
}

} // namespace

int main(int argc, char **argv)
{
    if (argc == 4 && std::strcmp(argv[1], "remove") == 0)
        return removeListed(argv[2], argv[3]);
    if (argc == 4 && std::strcmp(argv[1], "digest") == 0)
        return digestTree(argv[2], argv[3]);
    if (argc == 5 && std::strcmp(argv[1], "list") == 0)
        return listFolder(argv[2], argv[3], argv[4]);
    std::fprintf(
        stderr, "usage: berth-volume-tool remove ROOT LIST | digest ROOT OUT | list ROOT FOLDER OUT\n");
    return 2;
}
