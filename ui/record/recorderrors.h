#pragma once

#include <QString>

namespace parley::ui {

// The hub's refusals of record, note, activity and assignment commands in the user's language,
// from the one table (core/sync/huberror.h) worded for records.
QString recordErrorText(const QString &code, const QString &hubMessage = QString());

// Why a control is disabled for a view-only agent (R4.6), for its tooltip.
QString viewOnlyReason();

} // namespace parley::ui
