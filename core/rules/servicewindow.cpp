#include "core/rules/servicewindow.h"

#include "core/rules/rulemessages.h"

#include <QCoreApplication>
#include <QtGlobal>

namespace parley {
namespace {

const RuleMessage windowMessages[] = {
    {"window_closed",
     QT_TRANSLATE_NOOP("RuleError",
                       "The 24-hour window closed {closedAgo} ago. Send an approved template "
                       "instead; a new window opens when the customer answers.")},
    {"window_never_opened",
     QT_TRANSLATE_NOOP("RuleError",
                       "This customer has not written yet. Only an approved template can start "
                       "the conversation; free-form replies are possible once they answer.")},
};

constexpr qint64 minuteMs = 60 * 1000;
constexpr qint64 hourMs = 60 * minuteMs;
constexpr qint64 dayMs = 24 * hourMs;

// "3 h" or "3 h 5 min": the smaller unit is left out when it is zero. Translated where the
// desktop shows it (the hub has no translator installed, so its log messages stay English).
QString translated(const char *text)
{
    return QCoreApplication::translate("Duration", text);
}

} // namespace

RuleMessageTable windowRuleMessages()
{
    return ruleMessageTable(windowMessages);
}

ServiceWindow serviceWindowAt(TimestampMs lastInboundAt, TimestampMs now)
{
    ServiceWindow window;
    if (lastInboundAt <= 0)
        return window;
    window.customerEverWrote = true;
    window.closesAt = lastInboundAt + serviceWindowLengthMs;
    window.open = now < window.closesAt;
    if (window.open)
        window.remainingMs = qMin(window.closesAt - now, serviceWindowLengthMs);
    else
        window.closedForMs = now - window.closesAt;
    return window;
}

RuleErrors checkServiceWindow(MessageKind kind, TimestampMs lastInboundAt, TimestampMs now)
{
    if (kind == MessageKind::Template || kind == MessageKind::Note)
        return {};
    const ServiceWindow window = serviceWindowAt(lastInboundAt, now);
    if (!window.customerEverWrote)
        return {RuleError{QStringLiteral("window_never_opened"), {}}};
    if (!window.open) {
        return {RuleError{QStringLiteral("window_closed"),
                          {{QStringLiteral("closedAgo"), compactDuration(window.closedForMs)},
                           {QStringLiteral("closedAt"), window.closesAt}}}};
    }
    return {};
}

QString compactDuration(qint64 ms)
{
    if (ms < minuteMs)
        return translated(QT_TRANSLATE_NOOP("Duration", "< 1 min"));
    if (ms < hourMs)
        return translated(QT_TRANSLATE_NOOP("Duration", "%1 min")).arg(ms / minuteMs);
    if (ms < dayMs) {
        const qint64 minutes = (ms % hourMs) / minuteMs;
        return minutes == 0 ? translated(QT_TRANSLATE_NOOP("Duration", "%1 h")).arg(ms / hourMs)
                            : translated(QT_TRANSLATE_NOOP("Duration", "%1 h %2 min"))
                                  .arg(ms / hourMs)
                                  .arg(minutes);
    }
    const qint64 hours = (ms % dayMs) / hourMs;
    return hours == 0
               ? translated(QT_TRANSLATE_NOOP("Duration", "%1 d")).arg(ms / dayMs)
               : translated(QT_TRANSLATE_NOOP("Duration", "%1 d %2 h")).arg(ms / dayMs).arg(hours);
}

} // namespace parley
