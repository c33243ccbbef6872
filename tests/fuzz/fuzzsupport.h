#pragma once

// What every fuzz target shares: a QCoreApplication for the targets that need Qt's plugins or an
// event loop, and a check that turns a broken property into a crash libFuzzer keeps.

#include "core/mirror/mirror.h"

#include <QCoreApplication>
#include <QTemporaryDir>

#include <cstdio>
#include <cstdlib>

namespace parley::fuzz {

// Call from LLVMFuzzerInitialize; the application lives as long as the process. It gets its own
// argument list: libFuzzer reads its options from the real one after this returns.
inline void startApplication(char *program)
{
    static char *arguments[] = {program, nullptr};
    static int count = 1;
    static QCoreApplication app(count, arguments);
    QCoreApplication::setApplicationName(QStringLiteral("parley-fuzz"));
}

// A real mirror in a scratch folder, open for the process's life (the targets that run what they
// decode against SQLite).
inline parley::Mirror &scratchMirror()
{
    // Never destroyed: at exit the application and SQLite's driver are gone before statics are.
    static auto *folder = new QTemporaryDir;
    static auto *mirror = [] {
        auto *opened = new parley::Mirror;
        if (opened->open(folder->filePath(QStringLiteral("mirror.sqlite"))) !=
            parley::Mirror::OpenStatus::Ok) {
            std::fprintf(stderr, "property broken: the mirror could not be opened\n");
            std::abort();
        }
        return opened;
    }();
    return *mirror;
}

// A property that must hold for every input, checked like an assertion in a release build.
inline void require(bool holds, const char *what)
{
    if (!holds) {
        std::fprintf(stderr, "property broken: %s\n", what);
        std::abort();
    }
}

} // namespace parley::fuzz
