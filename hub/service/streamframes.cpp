#include "hub/service/streamframes.h"

#include <QJsonDocument>
#include <QSet>

namespace parley::hub {
namespace {

QByteArray compactFrameJson(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

// What a frame holds besides its events (the braces, the keys, `next` or `seq`), with room.
constexpr qsizetype frameOverhead = 64;

// Cuts `sizes` (each event's bytes, its comma included) into runs of at most `maxBytes` with
// the overhead, at least one event each, and calls `frame(first, end)` for each run in order;
// once for an empty list.
template <typename Frame>
void cutBySize(const QList<qsizetype> &sizes, qsizetype maxBytes, Frame frame)
{
    qsizetype first = 0;
    qsizetype bytes = frameOverhead;
    for (qsizetype i = 0; i < sizes.size(); ++i) {
        if (i > first && bytes + sizes.at(i) > maxBytes) {
            frame(first, i);
            first = i;
            bytes = frameOverhead;
        }
        bytes += sizes.at(i);
    }
    frame(first, sizes.size());
}

QByteArray joinedEvents(const QByteArrayList &texts, qsizetype first, qsizetype end)
{
    QByteArray out;
    for (qsizetype i = first; i < end; ++i) {
        if (i > first)
            out += ',';
        out += texts.at(i);
    }
    return out;
}

} // namespace

QByteArrayList batchFrames(const SyncBatch &batch, qsizetype maxBytes)
{
    QByteArrayList texts;
    QList<qsizetype> sizes;
    for (const Event &event : batch.events) {
        texts.append(compactFrameJson(toJson(event)));
        sizes.append(texts.last().size() + 1);
    }
    QByteArrayList frames;
    cutBySize(sizes, maxBytes, [&](qsizetype first, qsizetype end) {
        const qint64 next = end == texts.size() ? batch.next : batch.events.at(end - 1).seq;
        frames.append("{\"events\":[" + joinedEvents(texts, first, end) +
                      "],\"next\":" + QByteArray::number(next) + '}');
    });
    return frames;
}

QByteArrayList snapshotFrames(const SnapshotFrame &slice, qsizetype maxBytes)
{
    const QSet<qint64> older(slice.olderHistory.cbegin(), slice.olderHistory.cend());
    QByteArrayList texts;
    QList<qsizetype> sizes;
    QList<qint64> olderOf; // per event: its conversation's id when listed in older_history
    for (const Event &event : slice.events) {
        texts.append(compactFrameJson(
            {{QStringLiteral("data"), event.data}, {QStringLiteral("type"), event.type}}));
        const qint64 id = event.type == EventType::ConversationUpdated
                              ? event.data.value(QStringLiteral("id")).toInteger()
                              : 0;
        olderOf.append(older.contains(id) ? id : 0);
        sizes.append(texts.last().size() + 1 +
                     (olderOf.last() ? QByteArray::number(id).size() + 1 : 0));
    }
    QByteArrayList frames;
    cutBySize(sizes, maxBytes, [&](qsizetype first, qsizetype end) {
        QByteArray frame = "{\"snapshot\":{\"events\":[" + joinedEvents(texts, first, end) + ']';
        QByteArray ids;
        for (qsizetype i = first; i < end; ++i) {
            if (olderOf.at(i) == 0)
                continue;
            ids += (ids.isEmpty() ? "" : ",") + QByteArray::number(olderOf.at(i));
        }
        if (!ids.isEmpty())
            frame += ",\"older_history\":[" + ids + ']';
        if (slice.isLast() && end == texts.size())
            frame += ",\"seq\":" + QByteArray::number(slice.seq);
        frames.append(frame + "}}");
    });
    return frames;
}

} // namespace parley::hub
