#include "bench/desktop/mirrorcache.h"

#include "bench/mirror/datagenerator.h"
#include "core/mirror/mirror.h"
#include "core/protocol/entitycodec.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QSqlQuery>
#include <QStandardPaths>

#include <cstdio>

namespace parley::bench {
namespace {

const QString mirrorName = QStringLiteral("mirror.sqlite");
const QString markerName = QStringLiteral("complete");

// The inbox's staff: DataGenerator assigns conversations to agents 1..20 and channels 1..3.
QList<Event> staffEvents(qint64 *seq)
{
    static const char *const names[] = {
        "Ana Souza",    "Bruno Lima",      "Carla Mendes",  "Daniel Costa",  "Eduarda Rocha",
        "Felipe Alves", "Gabriela Dias",   "Hiro Tanaka",   "Isabel Ferraz", "João Pereira",
        "Kenji Sato",   "Larissa Gomes",   "Mei Chen",      "Nina Barros",   "Otávio Ramos",
        "Paula Nunes",  "Rafael Teixeira", "Sofia Martins", "Tiago Moreira", "Wang Fang"};
    QList<Event> events;
    const QStringList departments = DataGenerator::departments();
    for (int i = 0; i < DataGenerator::agentCount; ++i) {
        Agent agent;
        agent.id = i + 1;
        agent.name = QString::fromUtf8(names[i % 20]);
        agent.login = agent.name.section(QLatin1Char(' '), 0, 0).toLower();
        agent.department = departments.at(i % departments.size());
        events.append({++*seq, EventType::AgentUpdated, toJson(agent)});
    }
    for (int i = 0; i < DataGenerator::channelCount; ++i) {
        Channel channel;
        channel.id = i + 1;
        channel.name = QStringLiteral("WhatsApp %1").arg(departments.at(i % departments.size()));
        channel.department = departments.at(i % departments.size());
        channel.phoneNumberId = QString::number(106540352242920LL + i);
        channel.displayNumber = QString::number(15550783880LL + i);
        channel.status = ChannelStatus::Connected;
        events.append({++*seq, EventType::ChannelUpdated, toJson(channel)});
    }
    return events;
}

bool countRows(const QString &path, CachedMirror *out)
{
    Mirror mirror;
    if (mirror.open(path) != Mirror::OpenStatus::Ok)
        return false;
    QSqlQuery query(mirror.database());
    if (!query.exec(QStringLiteral("SELECT (SELECT count(*) FROM conversations),"
                                   " (SELECT max(id) FROM messages)")) ||
        !query.next())
        return false;
    out->conversations = query.value(0).toLongLong();
    out->messages = query.value(1).toLongLong(); // ids are 1..N: max is the count, cheaply
    return true;
}

bool generate(const QString &path, qint64 messages, QString *error)
{
    Mirror::discard(path);
    Mirror mirror;
    if (mirror.open(path) != Mirror::OpenStatus::Ok) {
        *error = QStringLiteral("cannot create %1: %2").arg(path, mirror.errorString());
        return false;
    }
    DataGenerator generator(messages);
    std::fprintf(stderr,
                 "generating a mirror of %lld messages in %s (minutes; kept for next runs)\n",
                 static_cast<long long>(messages), qPrintable(path));
    QElapsedTimer clock;
    clock.start();
    qint64 seq = 0;
    SyncBatch batch;
    batch.events = staffEvents(&seq);
    const auto flush = [&] {
        batch.next = seq;
        const bool ok = mirror.apply(batch);
        batch.events.clear();
        if (!ok)
            *error = QStringLiteral("Mirror::apply failed: %1").arg(mirror.errorString());
        return ok;
    };
    GeneratedConversation generated;
    qint64 done = 0;
    while (generator.next(&generated)) {
        for (const Message &message : std::as_const(generated.messages))
            batch.events.append({++seq, EventType::MessageCreated, toJson(message)});
        batch.events.append(
            {++seq, EventType::ConversationUpdated, toJson(generated.conversation)});
        const qint64 before = done;
        done += generated.messages.size();
        if (batch.events.size() >= 1000 && !flush())
            return false;
        if (done / 100000 != before / 100000)
            std::fprintf(stderr, "  %lld messages, %.0f s\n", static_cast<long long>(done),
                         double(clock.elapsed()) / 1e3);
    }
    if (!flush())
        return false;
    // Fold the WAL into the file so that every run starts from the same layout.
    QSqlQuery(mirror.database()).exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    return true;
}

} // namespace

QString defaultCacheFolder(qint64 messages)
{
    QString base = QString::fromLocal8Bit(qgetenv("XDG_CACHE_HOME"));
    if (base.isEmpty())
        base = QDir::home().filePath(QStringLiteral(".cache"));
    return QDir(base).filePath(QStringLiteral("parley-bench/desktop-%1").arg(messages));
}

bool prepareMirror(const QString &folder, qint64 messages, CachedMirror *out, QString *error)
{
    if (!QDir().mkpath(folder)) {
        *error = QStringLiteral("cannot create %1").arg(folder);
        return false;
    }
    const QDir dir(folder);
    out->folder = folder;
    out->path = dir.filePath(mirrorName);
    const QString marker = dir.filePath(markerName);
    // A newer schema migrates the file in place when it is opened, so the cache stays usable.
    if (QFile::exists(marker) && countRows(out->path, out) && out->messages == messages) {
        out->reused = true;
        return true;
    }
    QFile::remove(marker);
    if (!generate(out->path, messages, error) || !countRows(out->path, out))
        return false;
    QFile done(marker);
    if (!done.open(QIODevice::WriteOnly)) {
        *error = QStringLiteral("cannot write %1").arg(marker);
        return false;
    }
    done.write(QByteArray::number(messages) + '\n');
    return true;
}

} // namespace parley::bench
