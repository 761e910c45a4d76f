// SPDX-License-Identifier: GPL-3.0-or-later
// Image references split as the docker CLI splits them: a registry's port is no tag.
#include "model/imagereference.h"

#include <gtest/gtest.h>

TEST(ImageReference, SplitsAsDockerDoes)
{
    struct Case
    {
        const char *text, *repository, *tag, *digest;
    };
    const Case cases[] = {
        {"nginx", "nginx", "", ""},
        {"nginx:1.25", "nginx", "1.25", ""},
        {"localhost:5000/app", "localhost:5000/app", "", ""},
        {"localhost:5000/team/app:v2", "localhost:5000/team/app", "v2", ""},
        {"ghcr.io/o/app@sha256:abc", "ghcr.io/o/app", "", "sha256:abc"},
        {"app:1@sha256:abc", "app", "1", "sha256:abc"},
        {" <none>:<none> ", "<none>", "<none>", ""},
    };
    for (const Case &c : cases) {
        const ImageReference r = ImageReference::parse(QString::fromUtf8(c.text));
        EXPECT_EQ(r.repository(), QString::fromUtf8(c.repository)) << c.text;
        EXPECT_EQ(r.tag(), QString::fromUtf8(c.tag)) << c.text;
        EXPECT_EQ(r.digest(), QString::fromUtf8(c.digest)) << c.text;
        EXPECT_EQ(ImageReference::parse(r.toString()).toString(), r.toString()) << c.text;
    }
}

TEST(ImageReference, FamiliarAndNormalizedNames)
{
    EXPECT_EQ(ImageReference::parse(QStringLiteral("docker.io/library/nginx:1")).familiar(),
        QStringLiteral("nginx:1"));
    EXPECT_EQ(ImageReference::parse(QStringLiteral("docker.io/me/app")).familiar(), QStringLiteral("me/app"));
    EXPECT_EQ(ImageReference::parse(QStringLiteral("library/busybox")).normalized(),
        QStringLiteral("busybox:latest"));
    EXPECT_EQ(ImageReference::parse(QStringLiteral("localhost:5000/app")).normalized(),
        QStringLiteral("localhost:5000/app:latest"));
    EXPECT_EQ(ImageReference::parse(QStringLiteral("app@sha256:abc")).normalized(),
        QStringLiteral("app@sha256:abc"));
    const QString id = QStringLiteral("sha256:0123456789abcdef");
    EXPECT_EQ(ImageReference::parse(id).normalized(), id) << "an image id is no name";
}
