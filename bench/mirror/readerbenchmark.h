#pragma once

#include <QList>
#include <QString>

namespace parley {

// The first page of a search as the desktop gets it now: asked of the MirrorStore's reader
// thread (page and the match of each row) and answered on the asking thread, so the figure is
// the whole round trip the agent waits for while the GUI thread stays free.
struct ReaderFigure {
    QString language; // zh, pt
    double meanMs = 0;
    double maxMs = 0;
    int rows = 0;
    int runs = 0;
};

bool runReaderBenchmark(const QString &mirrorPath, int pageSize, int runs,
                        QList<ReaderFigure> *figures, QString *error);

} // namespace parley
