#include "ui/record/quickactions.h"

#include "core/domain/recordlinks.h"
#include "core/mirror/mirrorstore.h"
#include "core/mirror/screenreads.h"
#include "ui/models/conversationlistmodel.h"
#include "ui/record/activitydialog.h"
#include "ui/record/recorderrors.h"

#include <QAbstractItemView>
#include <QInputDialog>
#include <QMenu>
#include <QPointer>

namespace parley::ui {
namespace {

QString activityMenuText(ActivityKind kind)
{
    switch (kind) {
    case ActivityKind::Task:
        return QuickActions::tr("New task…");
    case ActivityKind::Meeting:
        return QuickActions::tr("New meeting…");
    case ActivityKind::Call:
        return QuickActions::tr("New call…");
    case ActivityKind::Appointment:
        return QuickActions::tr("New appointment…");
    }
    return {};
}

} // namespace

QuickActions::QuickActions(MirrorStore *store, HubClient *hub, const Agent &me, QObject *parent)
    : QObject(parent), m_store(store), m_records(HubApi(hub)), m_notificationSettings(HubApi(hub)),
      m_me(me)
{}

QuickActions::QuickActions(QSqlDatabase mirror, HubClient *hub, const Agent &me, QObject *parent)
    : QuickActions(nullptr, hub, me, parent)
{
    m_store = new MirrorStore(mirror.databaseName(), this);
}

bool QuickActions::canChange() const
{
    return m_records.isConnected() && canSend(m_me.role);
}

void QuickActions::attachTo(QAbstractItemView *view)
{
    view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(view, &QWidget::customContextMenuRequested, this, [this, view](const QPoint &at) {
        const QModelIndex index = view->indexAt(at);
        if (!index.isValid())
            return;
        const auto conversation =
            index.data(ConversationListModel::ConversationRole).value<Conversation>();
        QMenu *menu = menuFor(conversation, view);
        menu->setAttribute(Qt::WA_DeleteOnClose);
        menu->popup(view->viewport()->mapToGlobal(at));
    });
}

QMenu *QuickActions::menuFor(const Conversation &c, QWidget *parent)
{
    auto *menu = new QMenu(parent);
    menu->setObjectName(QStringLiteral("quickActions"));
    menu->setToolTipsVisible(true);
    const auto add = [this, menu](QMenu *into, const QString &name, const QString &text,
                                  std::function<void()> run, const QString &blocked = QString()) {
        QAction *action = into->addAction(text);
        action->setObjectName(name);
        const QString reason = canChange() ? blocked : viewOnlyReason();
        action->setEnabled(reason.isEmpty());
        action->setToolTip(reason);
        connect(action, &QAction::triggered, this, std::move(run));
        Q_UNUSED(menu);
        return action;
    };
    const Id id = c.id;
    add(
        menu, QStringLiteral("assignToMe"), tr("Assign to me"), [this, id] { assign(id, m_me.id); },
        c.ownerId == m_me.id ? tr("Already assigned to you.") : QString());
    QMenu *assignTo = menu->addMenu(tr("Assign to"));
    assignTo->setObjectName(QStringLiteral("assignTo"));
    assignTo->setToolTipsVisible(true);
    assignTo->setEnabled(canChange());
    add(assignTo, QStringLiteral("unassign"), tr("Nobody"), [this, id] { assign(id, 0); });
    QAction *loading = assignTo->addAction(tr("Loading…"));
    loading->setEnabled(false);
    const bool open = c.status == ConversationStatus::Open;
    add(menu, QStringLiteral("toggleStatus"),
        open ? tr("Close conversation") : tr("Reopen conversation"), [this, id, open] {
            setStatus(id, open ? ConversationStatus::Closed : ConversationStatus::Open);
        });
    menu->addSeparator();
    add(menu, QStringLiteral("addNote"), tr("Add note…"),
        [this, id, parent] { askNote(id, parent); });
    // The agent's own mute (issue #12). The hub would take it from a viewer too, but the menu
    // keeps its rule: a view-only agent gets every action disabled, saying why.
    // Disabled until the mirror says whether it is muted (the action's "muted" property).
    QAction *mute = add(menu, QStringLiteral("toggleMute"), tr("Mute notifications"), [] {});
    connect(mute, &QAction::triggered, this,
            [this, id, mute] { setMuted(id, !mute->property("muted").toBool()); });
    if (canChange()) {
        mute->setEnabled(false);
        mute->setToolTip(tr("Loading…"));
    }
    const QString noRecord =
        c.recordId == 0 ? tr("This conversation has no lead or contact record.") : QString();
    for (ActivityKind kind : {ActivityKind::Task, ActivityKind::Meeting, ActivityKind::Call,
                              ActivityKind::Appointment}) {
        add(
            menu, QStringLiteral("new:%1").arg(activityKindName(kind)), activityMenuText(kind),
            [this, c, kind, parent] { askActivity(c, kind, parent); }, noRecord);
    }
    m_store->read<QuickActionChoices>(
        [id](QSqlDatabase db) { return readQuickActionChoices(db, id); },
        [this, self = QPointer<QuickActions>(this), add, id, guard = QPointer<QMenu>(menu),
         assignTo, loading, mute](quint64, const QuickActionChoices &choices) {
            if (!self || !guard)
                return;
            delete loading;
            for (const Agent &agent : choices.agents) {
                add(assignTo, QStringLiteral("assign:%1").arg(agent.id), agent.name,
                    [this, id, owner = agent.id] { assign(id, owner); });
            }
            mute->setProperty("muted", choices.muted);
            mute->setText(choices.muted ? tr("Unmute notifications") : tr("Mute notifications"));
            if (canChange()) {
                mute->setEnabled(true);
                mute->setToolTip(QString());
            }
            emit menuLoaded(guard);
        });
    return menu;
}

QInputDialog *QuickActions::askNote(Id conversationId, QWidget *parent)
{
    auto *dialog = new QInputDialog(parent);
    dialog->setObjectName(QStringLiteral("noteDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Add note"));
    dialog->setLabelText(tr("Only agents see notes; the customer never does."));
    dialog->setOption(QInputDialog::UsePlainTextEditForTextInput);
    connect(dialog, &QInputDialog::textValueSelected, this,
            [this, conversationId](const QString &text) {
                if (!text.trimmed().isEmpty())
                    addNote(conversationId, text.trimmed());
            });
    dialog->open();
    return dialog;
}

ActivityDialog *QuickActions::askActivity(const Conversation &conversation, ActivityKind kind,
                                          QWidget *parent)
{
    auto *dialog = new ActivityDialog(kind, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const Id record = conversation.recordId;
    const Id conversationId = conversation.id;
    connect(dialog, &QDialog::accepted, this, [this, dialog, record, conversationId] {
        createActivity(record, conversationId, dialog->kind(), dialog->title(), dialog->dueAt());
    });
    dialog->open();
    return dialog;
}

bool QuickActions::mayChange()
{
    if (canChange())
        return true;
    emit finished(false, viewOnlyReason());
    return false;
}

template <typename T>
HubCallback<T> QuickActions::report(const QString &doneText,
                                    std::function<void(const HubResult<T> &)> then)
{
    return [self = QPointer(this), doneText, then = std::move(then)](const HubResult<T> &result) {
        if (self)
            emit self->finished(result.ok(), result.ok() ? doneText : result.error().text());
        if (then)
            then(result);
    };
}

void QuickActions::assign(Id conversationId, Id ownerId)
{
    if (mayChange())
        m_records.assign(conversationId, ownerId,
                         report<Done>(ownerId == 0 ? tr("Conversation unassigned.")
                                                   : tr("Conversation assigned.")));
}

void QuickActions::setMuted(Id conversationId, bool muted)
{
    m_notificationSettings.setMuted(
        conversationId, muted,
        report<NotificationSettings>(muted ? tr("Notifications muted for this conversation.")
                                           : tr("Notifications unmuted for this conversation.")));
}

void QuickActions::setStatus(Id conversationId, ConversationStatus status)
{
    if (mayChange())
        m_records.setStatus(conversationId, status,
                            report<Done>(status == ConversationStatus::Closed
                                             ? tr("Conversation closed.")
                                             : tr("Conversation reopened.")));
}

void QuickActions::addNote(Id conversationId, const QString &text)
{
    if (mayChange())
        m_records.addNote(conversationId, text, report<Done>(tr("Note added.")));
}

void QuickActions::createActivity(Id recordId, Id conversationId, ActivityKind kind,
                                  const QString &title, TimestampMs dueAt)
{
    if (mayChange())
        m_records.createActivity(recordId, NewActivity{kind, title, dueAt, conversationId},
                                 report<Done>(tr("Activity created.")));
}

void QuickActions::setActivityDone(Id activityId, bool done)
{
    if (mayChange())
        m_records.setActivityDone(
            activityId, done,
            report<Done>(done ? tr("Activity marked done.") : tr("Activity reopened.")));
}

void QuickActions::updateRecord(Id recordId, const QVariantMap &fields, Id ownerId, RecordDone done)
{
    if (!mayChange()) {
        if (done)
            done(HubError{403, QStringLiteral("forbidden_view_only"), {}, HubSubject::Record});
        return;
    }
    m_records.updateRecord(recordId, RecordChanges{fields, ownerId},
                           report<Record>(tr("Record saved."), std::move(done)));
}

void QuickActions::createRecord(Module module, const QVariantMap &fields, RecordDone done)
{
    if (!mayChange()) {
        if (done)
            done(HubError{403, QStringLiteral("forbidden_view_only"), {}, HubSubject::Record});
        return;
    }
    m_records.createRecord(NewRecord{module, fields},
                           report<Record>(tr("Record created."), std::move(done)));
}

} // namespace parley::ui
