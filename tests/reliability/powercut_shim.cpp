// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
// LD_PRELOAD shim for the power-cut emulation: a directory entry change is durable only once
// the directory is synced. unlink() of a rollback journal ("…-journal") is done by renaming it
// to "…-journal.unsynced-unlink"; an fsync()/fdatasync() of that directory makes the unlink
// durable (the kept file is removed). When the process has ended, the harness "cuts the power":
// every kept file comes back as the journal, as the disk would show it after a power loss, and
// SQLite replays it on the next open. With synchronous=FULL an acknowledged commit is then
// rolled back (SQLite does not sync the directory after the unlink); with EXTRA it is not.
#include <dlfcn.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cstdio>
#include <cstring>
#include <string>

namespace {
const char kSuffix[] = "-journal";
const char kKept[] = ".unsynced-unlink";
std::string g_pending; // the journal whose unlink the directory has not seen synced

bool endsWith(const std::string &s, const char *tail)
{
    const size_t n = std::strlen(tail);
    return s.size() >= n && s.compare(s.size() - n, n, tail) == 0;
}

template<typename F>
F next(const char *name)
{
    return reinterpret_cast<F>(dlsym(RTLD_NEXT, name));
}

void directorySynced(int fd)
{
    struct stat st;
    if (g_pending.empty() || fstat(fd, &st) != 0 || !S_ISDIR(st.st_mode))
        return;
    static auto realUnlink = next<int (*)(const char *)>("unlink");
    realUnlink((g_pending + kKept).c_str());
    g_pending.clear();
}
} // namespace

extern "C" {

int unlink(const char *path)
{
    static auto realUnlink = next<int (*)(const char *)>("unlink");
    const std::string p(path);
    if (!endsWith(p, kSuffix))
        return realUnlink(path);
    if (!g_pending.empty() && g_pending != p)
        realUnlink((g_pending + kKept).c_str());
    g_pending = p;
    return std::rename(path, (p + kKept).c_str());
}

int fsync(int fd)
{
    static auto realFsync = next<int (*)(int)>("fsync");
    const int rc = realFsync(fd);
    if (rc == 0)
        directorySynced(fd);
    return rc;
}

int fdatasync(int fd)
{
    static auto realFdatasync = next<int (*)(int)>("fdatasync");
    const int rc = realFdatasync(fd);
    if (rc == 0)
        directorySynced(fd);
    return rc;
}
}
