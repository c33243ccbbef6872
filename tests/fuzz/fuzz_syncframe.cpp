// The desktop's side of the sync stream: one WebSocket frame (or GET /api/v1/sync reply) as the
// sync worker receives it, decoded (core/protocol) and applied to a real mirror (core/mirror),
// exactly the path of SyncWorker::frameReceived.

#include "fuzzsupport.h"

#include "core/mirror/mirror.h"
#include "core/protocol/events.h"

#include <QJsonDocument>

#include <cstddef>
#include <cstdint>

using namespace parley;

namespace {

// Seqs the harness can move past the mirror's last one without overflowing.
constexpr qint64 shiftableSeq = Q_INT64_C(1) << 40;

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***argv)
{
    fuzz::startApplication((*argv)[0]);
    fuzz::scratchMirror();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray frame(reinterpret_cast<const char *>(data), qsizetype(size));
    SyncBatch batch;
    QString error;
    if (!fromJson(QJsonDocument::fromJson(frame).object(), &batch, &error)) {
        fuzz::require(!error.isEmpty(), "a refused frame has no reason");
        return 0;
    }
    SyncBatch again;
    fuzz::require(fromJson(toJson(batch), &again, &error), "a decoded frame does not encode back");
    fuzz::require(again.next == batch.next && again.events.size() == batch.events.size(),
                  "a decoded frame changed on the way back");

    // The mirror keeps the highest seq it has applied and skips anything at or below it, so each
    // input's seqs are moved past it: every frame is new to the mirror, as a live one would be.
    bool shiftable = batch.next >= 0 && batch.next < shiftableSeq;
    for (const Event &event : std::as_const(batch.events))
        shiftable = shiftable && event.seq >= 0 && event.seq < shiftableSeq;
    const qint64 base = fuzz::scratchMirror().lastSeq();
    if (shiftable && base < shiftableSeq) {
        for (Event &event : batch.events)
            event.seq += base;
        batch.next += base;
    }
    MirrorChanges changes;
    if (!fuzz::scratchMirror().apply(batch, &changes))
        fuzz::require(!fuzz::scratchMirror().errorString().isEmpty(),
                      "a refused batch has no reason");
    return 0;
}
