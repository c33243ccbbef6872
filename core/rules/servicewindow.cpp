#include "core/rules/servicewindow.h"

#include "core/rules/rulemessages.h"

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

// "3 h" or "3 h 5 min": the smaller unit is left out when it is zero.
QString twoUnits(qint64 big, const char *bigUnit, qint64 small, const char *smallUnit)
{
    QString text = QString::number(big) + QLatin1Char(' ') + QLatin1String(bigUnit);
    if (small > 0)
        text +=
            QLatin1Char(' ') + QString::number(small) + QLatin1Char(' ') + QLatin1String(smallUnit);
    return text;
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
        return QStringLiteral("< 1 min");
    if (ms < hourMs)
        return QString::number(ms / minuteMs) + QStringLiteral(" min");
    if (ms < dayMs)
        return twoUnits(ms / hourMs, "h", (ms % hourMs) / minuteMs, "min");
    return twoUnits(ms / dayMs, "d", (ms % dayMs) / hourMs, "h");
}

} // namespace parley
