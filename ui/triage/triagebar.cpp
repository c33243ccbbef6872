#include "ui/triage/triagebar.h"

#include "core/sync/peopleapi.h"
#include "ui/models/conversationdelegate.h"
#include "ui/notify/snoozedialog.h"
#include "ui/theme/flowrow.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QPainter>
#include <QPixmap>
#include <QPointer>
#include <QToolButton>

#include <algorithm>

namespace parley::ui {
namespace {

QIcon swatch(const QColor &colour)
{
    QPixmap pixmap(12, 12);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(colour);
    painter.drawRoundedRect(pixmap.rect(), 3, 3);
    return QIcon(pixmap);
}

QToolButton *menuButton(const QString &text, const QString &name, QWidget *parent)
{
    auto *button = new QToolButton(parent);
    button->setText(text);
    button->setObjectName(name);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    button->setAutoRaise(true);
    return button;
}

} // namespace

TriageBar::TriageBar(HubClient *hub, Id me, QWidget *parent)
    : QWidget(parent), m_api(HubApi(hub)), m_hub(hub), m_me(me)
{
    setObjectName(QStringLiteral("triageBar"));
    setAccessibleName(tr("Actions on the selected conversations"));
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("triageCount"));
    m_assign = menuButton(tr("Assign"), QStringLiteral("triageAssign"), this);
    m_label = menuButton(tr("Label"), QStringLiteral("triageLabel"), this);
    m_priority = menuButton(tr("Priority"), QStringLiteral("triagePriority"), this);
    m_pending = menuButton(tr("Pending"), QStringLiteral("triagePending"), this);
    m_snooze = menuButton(tr("Snooze"), QStringLiteral("triageSnooze"), this);
    m_close = menuButton(tr("Close"), QStringLiteral("triageClose"), this);
    for (QToolButton *button : {m_assign, m_label, m_priority, m_snooze})
        button->setPopupMode(QToolButton::InstantPopup);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 0, 4, 0);
    layout->setSpacing(2);
    // On more lines in a narrow list rather than widening it (in Portuguese the one line was
    // 570 px: "Lembrar mais tarde").
    QWidget *row =
        FlowRow::wrap({m_count, m_assign, m_label, m_priority, m_pending, m_snooze, m_close}, this);
    row->layout()->setSpacing(2);
    layout->addWidget(row, 1);
    connect(m_pending, &QToolButton::clicked, this, &TriageBar::markPending);
    // The named times move on: the snooze menu is filled each time it opens.
    auto *snooze = new QMenu(this);
    m_snooze->setMenu(snooze);
    connect(snooze, &QMenu::aboutToShow, this, [this, snooze] {
        snooze->clear();
        snooze->addAction(tr("Until the customer replies"), this, [this] { snoozeUntil(0); });
        for (const SnoozeDialog::Choice &choice :
             SnoozeDialog::choicesAfter(QDateTime::currentDateTime()))
            snooze->addAction(choice.label, this, [this, until = choice.until] {
                snoozeUntil(until.toMSecsSinceEpoch());
            });
        snooze->addAction(tr("On a date…"), this, &TriageBar::chooseSnoozeTime);
    });
    connect(m_close, &QToolButton::clicked, this, &TriageBar::closeSelection);
    rebuildMenus();
    setEnabled(m_hub != nullptr);
    hide();
}

void TriageBar::setSelection(const QList<Id> &conversationIds)
{
    m_selection = conversationIds;
    m_count->setText(tr("%n selected", nullptr, int(m_selection.size())));
    setVisible(!m_selection.isEmpty());
}

void TriageBar::setLabels(const QHash<Id, Label> &labels)
{
    m_labels = labels;
    rebuildMenus();
}

void TriageBar::setTeams(const QList<AgentGroup> &teams)
{
    m_teams = teams;
    rebuildMenus();
    QList<Id> mine;
    for (const AgentGroup &team : teams) {
        if (team.members.contains(m_me))
            mine.append(team.id);
    }
    emit myTeamsChanged(mine);
}

void TriageBar::loadTeams()
{
    if (!m_hub)
        return;
    QPointer<TriageBar> self(this);
    PeopleApi(HubApi(m_hub)).groups([self](const HubResult<QList<AgentGroup>> &result) {
        if (self && result.ok())
            self->setTeams(result.value());
    });
}

void TriageBar::rebuildMenus()
{
    auto *assign = new QMenu(this);
    assign->addAction(tr("Assign to me"), this, &TriageBar::assignToMe);
    if (!m_teams.isEmpty()) {
        assign->addSection(tr("Team"));
        for (const AgentGroup &team : std::as_const(m_teams))
            assign->addAction(team.name, this, [this, id = team.id] { assignTeam(id); });
        assign->addAction(tr("No team"), this, [this] { assignTeam(0); });
    }
    QList<Label> labels = m_labels.values();
    std::sort(labels.begin(), labels.end(),
              [](const Label &a, const Label &b) { return a.name < b.name; });
    auto *label = new QMenu(this);
    if (labels.isEmpty())
        label->addAction(tr("No labels yet: an admin defines them"))->setEnabled(false);
    for (const Label &each : std::as_const(labels))
        label->addAction(swatch(QColor(each.color)), tr("Add “%1”").arg(each.name), this,
                         [this, id = each.id] { addLabel(id); });
    if (!labels.isEmpty())
        label->addSeparator();
    for (const Label &each : std::as_const(labels))
        label->addAction(tr("Remove “%1”").arg(each.name), this,
                         [this, id = each.id] { removeLabel(id); });
    auto *priority = new QMenu(this);
    for (const ConversationPriority each :
         {ConversationPriority::Urgent, ConversationPriority::High, ConversationPriority::Normal,
          ConversationPriority::Low})
        priority->addAction(ConversationDelegate::priorityText(each), this,
                            [this, each] { setPriority(each); });
    for (auto [button, menu] : {std::pair{m_assign, assign}, std::pair{m_label, label},
                                std::pair{m_priority, priority}}) {
        if (QMenu *old = button->menu())
            old->deleteLater();
        button->setMenu(menu);
    }
}

void TriageBar::chooseSnoozeTime()
{
    auto *dialog = new SnoozeDialog(QString(), QDateTime::currentDateTime(), this,
                                    SnoozeDialog::Purpose::Conversation);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->choose(-1);
    connect(dialog, &QDialog::accepted, this,
            [this, dialog] { snoozeUntil(dialog->until().toMSecsSinceEpoch()); });
    dialog->open();
}

void TriageBar::assignToMe()
{
    ConversationChanges changes;
    changes.ownerId = m_me;
    apply(changes);
}

void TriageBar::assignTeam(Id teamId)
{
    ConversationChanges changes;
    changes.teamId = teamId;
    apply(changes);
}

void TriageBar::addLabel(Id labelId)
{
    ConversationChanges changes;
    changes.addLabels = {labelId};
    apply(changes);
}

void TriageBar::removeLabel(Id labelId)
{
    ConversationChanges changes;
    changes.removeLabels = {labelId};
    apply(changes);
}

void TriageBar::setPriority(ConversationPriority priority)
{
    ConversationChanges changes;
    changes.priority = priority;
    apply(changes);
}

void TriageBar::markPending()
{
    ConversationChanges changes;
    changes.status = ConversationStatus::Pending;
    apply(changes);
}

void TriageBar::snoozeUntil(TimestampMs until)
{
    ConversationChanges changes;
    changes.status = ConversationStatus::Snoozed;
    changes.snoozedUntil = until;
    apply(changes);
}

void TriageBar::closeSelection()
{
    ConversationChanges changes;
    changes.status = ConversationStatus::Closed;
    apply(changes);
}

void TriageBar::apply(const ConversationChanges &changes)
{
    if (m_selection.isEmpty() || !m_api.isConnected())
        return;
    QPointer<TriageBar> self(this);
    const int asked = int(m_selection.size());
    m_api.change({m_selection, changes}, [self, asked](const HubResult<BulkChangeResult> &result) {
        if (!self)
            return;
        if (!result.ok()) {
            emit self->finished(false, result.error().text());
            return;
        }
        const BulkChangeResult &done = result.value();
        if (done.refused.isEmpty())
            emit self->finished(
                true, tr("%n conversation(s) changed.", nullptr, int(done.updated.size())));
        else
            emit self->finished(false, tr("%1 of %2 changed; the others: %3")
                                           .arg(done.updated.size())
                                           .arg(asked)
                                           .arg(hubErrorText(done.refused.first().code,
                                                             done.refused.first().message,
                                                             HubSubject::Conversation)));
    });
}

} // namespace parley::ui
