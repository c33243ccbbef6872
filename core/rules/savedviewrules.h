#pragma once

#include "core/domain/agent.h"

#include <QJsonObject>
#include <QString>

namespace parley {

// Saved views kept by the hub (issue #12, docs/api.md "Saved views").

// A name is trimmed and has 1 to this many characters.
inline constexpr int maxSavedViewName = 60;
// How many views one agent may keep (shared ones included): a sidebar is not a database, and a
// hostile client must not grow the hub's table without bound.
inline constexpr int maxSavedViewsPerAgent = 50;

// Whether a saved_view.updated or saved_view.deleted event reaches `agent`: a private view
// only its owner; a shared one everyone. An unsharing (saved_view.deleted with "unshared")
// reaches everyone but the owner, who keeps the view. Other agents never see a private view.
bool savedViewEventReaches(const Agent &agent, const QString &eventType, const QJsonObject &data);

} // namespace parley
