#pragma once

#include "core/domain/agent.h"

#include <QList>
#include <QString>

namespace parley {

// Issue #12: "@name" in a note calls an agent. A handle is what follows "@" up to a space or
// punctuation other than "." "_" "-"; it names the agent whose login it is, or whose name it is
// written without spaces ("@AnaSouza"), or whose first name it is ("@Ana") when no other
// active agent has that first name. Case does not matter.

// The handles of `text`, in order, without repeats; at most `limit` (a note cannot page the
// whole team a thousand times).
QStringList mentionHandles(const QString &text, int limit = 20);
// The active agents the handles of `text` name, each once.
QList<Agent> mentionedAgents(const QString &text, const QList<Agent> &agents);

} // namespace parley
