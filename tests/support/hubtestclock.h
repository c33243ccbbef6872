#pragma once

#include <QByteArray>
#include <QFile>
#include <QString>
#include <QTemporaryDir>

namespace parley::testing {

// The hub's clock moved forward without waiting (hub/hubserver.cpp, useTestClock): a file of
// the milliseconds the hub's clock runs ahead of the real one, named in
// PARLEY_HUB_TEST_CLOCK_FILE to every hub started after install(). The hub reads it at every
// look at its clock, so a snooze of an hour or a customer waiting two hours ends at once.
class HubTestClock {
public:
    // At the real time, and named to the hubs started from now on; false when the file could
    // not be written.
    bool install()
    {
        if (!m_dir.isValid())
            return false;
        m_file = m_dir.filePath(QStringLiteral("clock-offset"));
        if (!moveAhead(0))
            return false;
        qputenv("PARLEY_HUB_TEST_CLOCK_FILE", m_file.toUtf8());
        return true;
    }

    // The hubs' clock `aheadMs` ahead of the real one from their next look at it (0: the real
    // time again); false when the file could not be written.
    bool moveAhead(qint64 aheadMs)
    {
        QFile file(m_file);
        return file.open(QIODevice::WriteOnly | QIODevice::Truncate) &&
               file.write(QByteArray::number(aheadMs)) >= 0;
    }

private:
    QTemporaryDir m_dir;
    QString m_file;
};

} // namespace parley::testing
