#include "core/protocol/streamframes.h"

#include <QJsonDocument>
#include <QSet>

namespace parley {
namespace {

QByteArray compactFrameJson(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

// What a frame holds besides its events (the closing of its array and object, `next` or `seq`),
// with room.
constexpr qsizetype frameOverhead = 48;

// Frames written in place, one pass over the events: each event's text is appended to the
// current frame, or starts the next one when it would take the frame over `maxBytes` (never
// leaving a frame without an event).
class FrameWriter {
public:
    FrameWriter(const char *opening, qsizetype maxBytes)
        : m_opening(opening), m_maxBytes(maxBytes), m_frame(m_opening)
    {}
    bool isEmpty() const { return m_frame.size() == m_opening.size(); }
    // Whether `bytes` more would take a frame that already holds events over the bound.
    bool wouldOverflow(qsizetype bytes) const
    {
        return !isEmpty() && m_frame.size() + 1 + bytes + frameOverhead > m_maxBytes;
    }
    void append(const QByteArray &text)
    {
        if (!isEmpty())
            m_frame += ',';
        m_frame += text;
    }
    // Ends the frame with `closing` and starts the next one.
    void close(const QByteArray &closing)
    {
        m_frame += closing;
        m_frames.append(std::exchange(m_frame, m_opening));
    }
    QByteArrayList take() { return std::move(m_frames); }

private:
    QByteArray m_opening;
    qsizetype m_maxBytes;
    QByteArray m_frame;
    QByteArrayList m_frames;
};

QByteArray batchClosing(qint64 next)
{
    return "],\"next\":" + QByteArray::number(next) + '}';
}

} // namespace

QByteArrayList batchFrames(const SyncBatch &batch, qsizetype maxBytes)
{
    FrameWriter frames("{\"events\":[", maxBytes);
    qint64 last = batch.next;
    for (const Event &event : batch.events) {
        const QByteArray text = compactFrameJson(toJson(event));
        if (frames.wouldOverflow(text.size()))
            frames.close(batchClosing(last));
        frames.append(text);
        last = event.seq;
    }
    frames.close(batchClosing(batch.next));
    return frames.take();
}

QByteArrayList snapshotFrames(const SnapshotFrame &slice, qsizetype maxBytes)
{
    const QSet<qint64> older(slice.olderHistory.cbegin(), slice.olderHistory.cend());
    FrameWriter frames("{\"snapshot\":{\"events\":[", maxBytes);
    QByteArray ids; // the current frame's older_history
    const auto closing = [&ids] {
        return ids.isEmpty() ? QByteArray("]") : "],\"older_history\":[" + ids + ']';
    };
    for (const Event &event : slice.events) {
        const QByteArray text = compactFrameJson(
            {{QStringLiteral("data"), event.data}, {QStringLiteral("type"), event.type}});
        const qint64 id = event.type == EventType::ConversationUpdated
                              ? event.data.value(QStringLiteral("id")).toInteger()
                              : 0;
        const QByteArray olderId = older.contains(id) ? QByteArray::number(id) : QByteArray();
        if (frames.wouldOverflow(text.size() + ids.size() + olderId.size() + 1)) {
            frames.close(closing() + "}}");
            ids.clear();
        }
        frames.append(text);
        if (!olderId.isEmpty())
            ids += (ids.isEmpty() ? "" : ",") + olderId;
    }
    const QByteArray seq = slice.isLast() ? ",\"seq\":" + QByteArray::number(slice.seq) : "";
    frames.close(closing() + seq + "}}");
    return frames.take();
}

} // namespace parley
