#pragma once

#include "core/protocol/presencetypes.h"

#include <QObject>

#include <functional>

namespace parley::ui {

// What this desktop tells the hub about the open conversation (issue #12): "viewing" when it
// opens, "left" for the one before, "typing" while the agent writes, at most once every
// typingEveryMs (the hub lets it fade after 6 s without a refresh), and "viewing" again once
// the reply is sent.
class PresenceReporter : public QObject {
    Q_OBJECT
public:
    using Clock = std::function<qint64()>;
    static constexpr qint64 typingEveryMs = 3000;

    explicit PresenceReporter(QObject *parent = nullptr);
    void setClock(Clock clock) { m_clock = std::move(clock); }

    void opened(Id conversationId);
    void typed();
    void sent();

signals:
    void say(parley::Id conversationId, parley::PresenceState state);

private:
    Clock m_clock;
    Id m_conversation = 0;
    qint64 m_typingSaidAt = 0; // 0: not typing
};

} // namespace parley::ui
