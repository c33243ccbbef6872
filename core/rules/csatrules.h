#pragma once

#include "core/domain/ids.h"
#include "core/domain/messagetemplate.h"

#include <QString>

namespace parley {

// Issue #14 item 5, CSAT: after a conversation is closed the customer may rate it 1–5 by
// pressing one of the survey template's quick-reply buttons.

inline constexpr int minCsatScore = 1;
inline constexpr int maxCsatScore = 5;
// An answer counts for the newest survey sent to the conversation this long ago at most.
inline constexpr TimestampMs csatAnswerWindowMs = 7LL * 24 * 3600 * 1000;

// The score a button press gives: the payload when it is a digit 1–5 ("5"), else the first
// number of its title when that is 1–5 ("5 - Excelente", "⭐ 4"); 0 otherwise ("10 de 10").
int csatScore(const QString &payload, const QString &title);

// Whether `t` can be the survey: among its buttons, quick replies that give each score 1–5
// exactly once ("1" … "5", or "5 - Excelente" … "1 - Péssimo"), so that every answer a customer
// can press is a score and every score can be pressed.
bool isCsatSurveyTemplate(const MessageTemplate &t);

} // namespace parley
