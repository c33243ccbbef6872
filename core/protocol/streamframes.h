#pragma once

#include "core/protocol/events.h"

#include <QByteArrayList>

namespace parley {

// The stream's frames as the hub writes them, cut by their size (docs/api.md, "Frame size"; kept
// beside toJson(SyncBatch) and toJson(SnapshotFrame) so the wire format lives in one library): what
// the hub reads in one turn (a page of the log, a snapshot slice) goes out as text frames of at
// most `maxBytes` of UTF-8 each, so a frame never keeps a desktop on a slow link waiting longer
// than its own watchdog allows (SyncWorker::silenceLimitMs: nothing else arrives while a frame
// does, not even the pong of its pings). An event larger than `maxBytes` goes alone in its frame.
//
// Each event is serialized once, and the frames are joined from those texts: the same bytes
// QJsonDocument writes for the whole frame.

// A SyncBatch's frames. Each frame's `next` is the seq of its own last event, the last frame's
// the batch's own: the frames neither overlap nor skip, and a desktop cut off between two of
// them resumes after the events it applied. An empty batch is one frame.
QByteArrayList batchFrames(const SyncBatch &batch, qsizetype maxBytes);

// A snapshot slice's frames. A conversation's id in `olderHistory` goes in the frame that
// holds its conversation.updated (ids without one are left out); `seq`, on the snapshot's
// last frame, in the last one.
QByteArrayList snapshotFrames(const SnapshotFrame &slice, qsizetype maxBytes);

} // namespace parley
