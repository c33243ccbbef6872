#include "ui/record/recordpanel.h"

#include "core/domain/recordlinks.h"
#include "core/mirror/mirrorstore.h"
#include "core/mirror/screenreads.h"
#include "ui/conversation/conversationpane.h"
#include "ui/record/activitydialog.h"
#include "ui/record/quickactions.h"
#include "ui/record/recorderrors.h"
#include "ui/record/recordfieldseditor.h"
#include "ui/record/recordtitle.h"
#include "ui/theme/tone.h"

#include <QComboBox>
#include <QDateTime>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QPointer>
#include <QPushButton>
#include <QScrollArea>
#include <QSignalBlocker>
#include <QToolButton>
#include <QVBoxLayout>

namespace parley::ui {
namespace {

QString moduleText(Module module)
{
    switch (module) {
    case Module::Leads:
        return RecordPanel::tr("Lead");
    case Module::Contacts:
        return RecordPanel::tr("Contact");
    case Module::Companies:
        return RecordPanel::tr("Company");
    case Module::Deals:
        return RecordPanel::tr("Deal");
    }
    return {};
}

// A label and its control; the control goes under the label when the panel is narrow.
QFormLayout *labelledRow(const QString &label, QComboBox *combo)
{
    // An agent's long name does not widen the panel: the combo shows what fits.
    combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    combo->setMinimumContentsLength(12);
    auto *row = new QFormLayout;
    row->setRowWrapPolicy(QFormLayout::WrapLongRows);
    row->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    row->addRow(label, combo);
    return row;
}

QString shortTime(TimestampMs at)
{
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(at), QLocale::ShortFormat);
}

} // namespace

RecordPanel::RecordPanel(QSqlDatabase mirror, HubClient *hub, const Agent &me, QWidget *parent)
    : RecordPanel(nullptr, mirror, hub, me, parent)
{}

RecordPanel::RecordPanel(MirrorStore *store, QSqlDatabase mirror, HubClient *hub, const Agent &me,
                         QWidget *parent)
    : QWidget(parent), m_db(mirror),
      m_store(store ? store : new MirrorStore(mirror.databaseName(), this)), m_me(me)
{
    setObjectName(QStringLiteral("recordPanel"));
    m_actions = new QuickActions(m_store, hub, me, this);
    m_editable = m_actions->canChange();
    connect(m_actions, &QuickActions::finished, this, &RecordPanel::showOutcome);

    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    m_heading = new QLabel(content);
    m_heading->setObjectName(QStringLiteral("recordHeading"));
    m_heading->setWordWrap(true);
    QFont bold = m_heading->font();
    bold.setBold(true);
    m_heading->setFont(bold);
    m_assignee = new QComboBox(content);
    m_assignee->setObjectName(QStringLiteral("assignee"));
    QFormLayout *ownerRow = labelledRow(tr("Assigned to"), m_assignee);
    m_message = new QLabel(content);
    m_message->setObjectName(QStringLiteral("panelMessage"));
    m_message->setWordWrap(true);
    m_message->hide(); // until a quick action has something to say: no empty line under the owner
    layout->addWidget(m_heading);
    layout->addLayout(ownerRow);
    layout->addWidget(m_message);

    m_recordPart = new QWidget(content);
    auto *recordLayout = new QVBoxLayout(m_recordPart);
    recordLayout->setContentsMargins(0, 0, 0, 0);
    m_sendTemplate = new QPushButton(tr("Send WhatsApp template…"), m_recordPart);
    m_sendTemplate->setObjectName(QStringLiteral("sendTemplate"));
    recordLayout->addWidget(m_sendTemplate);

    QGroupBox *details = section(tr("Details"), "detailsSection");
    m_fields = new RecordFieldsEditor(details);
    m_recordOwner = new QComboBox(details);
    m_recordOwner->setObjectName(QStringLiteral("recordOwner"));
    QFormLayout *recordOwnerRow = labelledRow(tr("Record owner"), m_recordOwner);
    details->layout()->addWidget(m_fields);
    static_cast<QVBoxLayout *>(details->layout())->addLayout(recordOwnerRow);

    QGroupBox *company = section(tr("Company"), "companySection");
    m_company = new QLabel(company);
    m_company->setObjectName(QStringLiteral("companyName"));
    auto *linkCompanyButton = new QPushButton(tr("Link company…"), company);
    linkCompanyButton->setObjectName(QStringLiteral("linkCompany"));
    company->layout()->addWidget(m_company);
    company->layout()->addWidget(linkCompanyButton);

    QGroupBox *deals = section(tr("Deals"), "dealsSection");
    m_deals = new QListWidget(deals);
    m_deals->setObjectName(QStringLiteral("deals"));
    m_deals->setAccessibleName(deals->title());
    auto *newDealButton = new QPushButton(tr("New deal…"), deals);
    newDealButton->setObjectName(QStringLiteral("newDeal"));
    deals->layout()->addWidget(m_deals);
    deals->layout()->addWidget(newDealButton);

    QGroupBox *activities = section(tr("Activities"), "activitiesSection");
    m_activities = new QListWidget(activities);
    m_activities->setObjectName(QStringLiteral("activities"));
    m_activities->setAccessibleName(activities->title());
    auto *newActivityButton = new QToolButton(activities);
    newActivityButton->setObjectName(QStringLiteral("newActivity"));
    newActivityButton->setText(tr("New activity"));
    newActivityButton->setPopupMode(QToolButton::InstantPopup);
    auto *kinds = new QMenu(newActivityButton);
    for (ActivityKind kind : {ActivityKind::Task, ActivityKind::Meeting, ActivityKind::Call,
                              ActivityKind::Appointment}) {
        kinds->addAction(ActivityDialog::kindText(kind), this, [this, kind] { newActivity(kind); });
    }
    newActivityButton->setMenu(kinds);
    activities->layout()->addWidget(m_activities);
    activities->layout()->addWidget(newActivityButton);

    QGroupBox *notes = section(tr("Notes"), "notesSection");
    m_notes = new QListWidget(notes);
    m_notes->setObjectName(QStringLiteral("notes"));
    m_notes->setAccessibleName(notes->title());
    m_notes->setWordWrap(true);
    auto *addNoteButton = new QPushButton(tr("Add note…"), notes);
    addNoteButton->setObjectName(QStringLiteral("addNote"));
    notes->layout()->addWidget(m_notes);
    notes->layout()->addWidget(addNoteButton);

    for (QGroupBox *box : {details, company, deals, activities})
        recordLayout->addWidget(box);
    layout->addWidget(m_recordPart);
    layout->addWidget(notes);
    layout->addStretch(1);

    m_scroll = new QScrollArea(this);
    QScrollArea *scroll = m_scroll;
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    // Fields wrap to the panel's width; a sideways scroll would hide half of every value.
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setWidget(content);
    // The splitter asks the panel, not its scroll area, how narrow it may be (minimumSizeHint):
    // a change of the content's layout (another record's fields) is a change of the panel's.
    content->installEventFilter(this);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);

    m_controls = {m_assignee,    m_sendTemplate, m_recordOwner,    linkCompanyButton,
                  newDealButton, addNoteButton,  newActivityButton};
    for (QWidget *control : std::as_const(m_controls)) {
        control->setEnabled(m_editable);
        if (!m_editable)
            control->setToolTip(viewOnlyReason());
    }

    connect(m_sendTemplate, &QPushButton::clicked, this,
            [this] { emit sendTemplateRequested(m_record.id); });
    connect(m_assignee, &QComboBox::activated, this, [this] {
        m_actions->assign(m_conversation.id, m_assignee->currentData().toLongLong());
    });
    connect(m_recordOwner, &QComboBox::activated, this, [this] {
        m_actions->updateRecord(m_record.id, {}, m_recordOwner->currentData().toLongLong());
    });
    connect(m_fields, &RecordFieldsEditor::saveRequested, this, [this](const QVariantMap &fields) {
        m_fields->setSaving(true);
        m_actions->updateRecord(m_record.id, fields, 0, [this](const HubResult<Record> &saved) {
            m_fields->setSaving(false);
            if (saved.ok())
                m_fields->markSaved();
        });
    });
    connect(linkCompanyButton, &QPushButton::clicked, this, &RecordPanel::linkCompany);
    connect(newDealButton, &QPushButton::clicked, this, &RecordPanel::newDeal);
    connect(addNoteButton, &QPushButton::clicked, this, &RecordPanel::addNote);
    connect(m_activities, &QListWidget::itemChanged, this, [this](QListWidgetItem *item) {
        m_actions->setActivityDone(item->data(Qt::UserRole).toLongLong(),
                                   item->checkState() == Qt::Checked);
    });
    showConversation({});
}

QGroupBox *RecordPanel::section(const QString &title, const char *name)
{
    auto *box = new QGroupBox(title, this);
    box->setObjectName(QLatin1String(name));
    new QVBoxLayout(box);
    return box;
}

void RecordPanel::follow(ConversationPane *pane)
{
    connect(pane, &ConversationPane::conversationShown, this, &RecordPanel::showConversation);
    connect(pane, &ConversationPane::addMessageAsNoteRequested, m_actions, &QuickActions::addNote);
    // "Resolve" in the conversation's header acts through the same quick actions.
    connect(pane, &ConversationPane::statusChangeRequested, m_actions, &QuickActions::setStatus);
    showConversation(Conversation{});
}

QString RecordPanel::messageText() const
{
    return m_message->text();
}

void RecordPanel::showConversation(const Conversation &conversation)
{
    if (conversation.id != m_conversation.id) {
        m_message->clear();
        m_message->hide();
        // What shows is the conversation before's until the answer is in: nothing acts on it.
        setEnabled(false);
    }
    m_conversation = conversation;
    reload();
}

void RecordPanel::refresh(const MirrorChanges &changes)
{
    if (m_conversation.id == 0)
        return;
    if (changes.records || changes.activities || changes.agents ||
        changes.conversations.contains(m_conversation.id))
        reload();
}

void RecordPanel::reload()
{
    const Conversation asked = m_conversation;
    if (asked.id == 0) {
        m_asked = 0;
        showSheet(RecordSheet{});
        emit loaded();
        return;
    }
    m_asked = m_store->read<RecordSheet>(
        [asked](QSqlDatabase db) { return readRecordSheet(db, asked); },
        [self = QPointer<RecordPanel>(this), id = asked.id](quint64 answer,
                                                            const RecordSheet &sheet) {
            // A newer question (another conversation, a later change) has the last word.
            if (!self || answer != self->m_asked || id != self->m_conversation.id)
                return;
            self->m_asked = 0;
            self->showSheet(sheet);
            emit self->loaded();
        });
}

void RecordPanel::showSheet(const RecordSheet &sheet)
{
    if (sheet.conversationKnown)
        m_conversation = sheet.conversation;
    m_agents = sheet.agents;
    m_agentNames.clear();
    for (const Agent &agent : std::as_const(m_agents))
        m_agentNames.insert(agent.id, agent.name);
    const bool hasConversation = m_conversation.id != 0;
    setEnabled(hasConversation);
    // Nothing to show beside an empty pane.
    const bool appears = isHidden() && hasConversation;
    setVisible(hasConversation);
    if (appears)
        takeRoomBesideTheChat();
    fillOwners(m_assignee, m_conversation.ownerId, true);
    const std::optional<Record> &record = sheet.record;
    m_record = record.value_or(Record{});
    m_recordPart->setVisible(record.has_value());
    if (!hasConversation)
        m_heading->clear();
    else if (!record)
        m_heading->setText(m_conversation.recordId ? tr("The record has not reached this "
                                                        "computer yet.")
                                                   : tr("No lead or contact is linked."));
    else
        m_heading->setText(tr("%1: %2").arg(moduleText(m_record.module), recordTitle(m_record)));
    if (record) {
        m_fields->setRecord(m_record, m_editable);
        fillOwners(m_recordOwner, m_record.ownerId, false);
        fillCompanyAndDeals(sheet);
        fillActivities(sheet.activities);
    }
    fillNotes(sheet.notes);
}

void RecordPanel::fillOwners(QComboBox *combo, Id current, bool withNobody)
{
    const QSignalBlocker blocker(combo);
    combo->clear();
    if (withNobody)
        combo->addItem(tr("Nobody"), Id(0));
    for (const Agent &agent : std::as_const(m_agents)) {
        if (agent.active)
            combo->addItem(agent.name, agent.id);
    }
    if (combo->findData(current) < 0 && current != 0)
        combo->addItem(m_agentNames.value(current, tr("Agent %1").arg(current)), current);
    combo->setCurrentIndex(combo->findData(current));
}

void RecordPanel::fillCompanyAndDeals(const RecordSheet &sheet)
{
    m_companyId = linkedId(m_record, Module::Companies);
    m_company->setText(sheet.company ? recordTitle(*sheet.company) : tr("No company linked."));
    m_deals->clear();
    for (const Record &deal : sheet.deals) {
        QStringList parts{recordTitle(deal)};
        for (const char *field : {"Stage", "Amount"}) {
            if (!deal.field(QLatin1String(field)).isEmpty())
                parts.append(deal.field(QLatin1String(field)));
        }
        auto *item = new QListWidgetItem(parts.join(QStringLiteral(" · ")), m_deals);
        item->setData(Qt::UserRole, deal.id);
    }
}

void RecordPanel::fillActivities(const QList<Activity> &activities)
{
    const QSignalBlocker blocker(m_activities);
    m_activities->clear();
    for (const Activity &activity : activities) {
        QString text = tr("%1: %2").arg(ActivityDialog::kindText(activity.kind), activity.title);
        if (activity.dueAt > 0)
            text += QStringLiteral(" · ") + shortTime(activity.dueAt);
        auto *item = new QListWidgetItem(text, m_activities);
        item->setData(Qt::UserRole, activity.id);
        item->setFlags(m_editable ? Qt::ItemIsEnabled | Qt::ItemIsUserCheckable
                                  : Qt::ItemIsEnabled);
        item->setCheckState(activity.done ? Qt::Checked : Qt::Unchecked);
        item->setToolTip(tr("Owner: %1").arg(m_agentNames.value(activity.ownerId)));
    }
}

void RecordPanel::fillNotes(const QList<Message> &notes)
{
    m_notes->clear();
    if (m_conversation.id == 0)
        return;
    for (const Message &note : notes) {
        auto *item = new QListWidgetItem(
            tr("%1\n— %2, %3")
                .arg(note.text, m_agentNames.value(note.authorId), shortTime(note.createdAt)),
            m_notes);
        item->setData(Qt::UserRole, note.id);
    }
}

void RecordPanel::showOutcome(bool ok, const QString &message)
{
    m_message->setText(message);
    m_message->setVisible(!message.isEmpty());
    setTone(m_message, ok ? Tone::Normal : Tone::Error);
}

ActivityDialog *RecordPanel::newActivity(ActivityKind kind)
{
    if (m_record.id == 0 || !m_editable)
        return nullptr;
    return m_actions->askActivity(m_conversation, kind, this);
}

QInputDialog *RecordPanel::addNote()
{
    if (m_conversation.id == 0 || !m_editable)
        return nullptr;
    return m_actions->askNote(m_conversation.id, this);
}

} // namespace parley::ui
