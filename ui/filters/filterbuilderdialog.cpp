#include "ui/filters/filterbuilderdialog.h"

#include "core/mirror/mirrorreads.h"
#include "ui/filters/checklist.h"
#include "ui/filters/errorlabel.h"
#include "ui/filters/periodrow.h"
#include "ui/filters/userrow.h"
#include "ui/theme/accessible.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace parley::ui {
namespace {

// The status combo's "any" entry; the others carry the ConversationStatus.
constexpr int AnyStatus = -1;

QString channelLabel(const Channel &channel)
{
    return channel.displayNumber.isEmpty()
               ? channel.name
               : QStringLiteral("%1 (%2)").arg(channel.name, channel.displayNumber);
}

} // namespace

FilterChoices FilterChoices::fromMirror(QSqlDatabase db)
{
    MirrorReads reads(std::move(db));
    return {reads.agents(true), reads.channels(), reads.departments()};
}

FilterBuilderDialog::FilterBuilderDialog(const FilterChoices &choices, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Filter conversations"));
    setObjectName(QStringLiteral("filterBuilder"));

    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("viewName"));
    m_name->setPlaceholderText(tr("Name it to save it as a view"));
    m_name->setMaxLength(80);

    m_allScope = new QRadioButton(tr("All conversations"), this);
    m_allScope->setObjectName(QStringLiteral("scopeAll"));
    m_myScope = new QRadioButton(tr("My conversations"), this);
    m_myScope->setObjectName(QStringLiteral("scopeMine"));
    m_teamScope = new QRadioButton(tr("My team"), this);
    m_teamScope->setObjectName(QStringLiteral("scopeMyTeam"));
    m_allScope->setChecked(true);
    auto *scopes = new QButtonGroup(this);
    scopes->addButton(m_allScope);
    scopes->addButton(m_myScope);
    scopes->addButton(m_teamScope);
    auto *scopeLine = new QHBoxLayout;
    scopeLine->addWidget(m_allScope);
    scopeLine->addWidget(m_myScope);
    scopeLine->addWidget(m_teamScope);
    scopeLine->addStretch();

    auto *top = new QFormLayout;
    top->addRow(tr("View name:"), m_name);
    top->addRow(tr("Show:"), scopeLine);

    m_otherErrors = new ErrorLabel(this);
    m_otherErrors->setObjectName(QStringLiteral("otherErrors"));

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_apply = m_buttons->addButton(tr("Apply"), QDialogButtonBox::AcceptRole);
    m_apply->setObjectName(QStringLiteral("applyButton"));
    m_apply->setToolTip(tr("Show the conversations this filter finds, without saving it"));
    m_save = m_buttons->addButton(tr("Save view"), QDialogButtonBox::ActionRole);
    m_save->setObjectName(QStringLiteral("saveButton"));
    m_apply->setDefault(true);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_apply, &QPushButton::clicked, this, &FilterBuilderDialog::apply);
    connect(m_save, &QPushButton::clicked, this, &FilterBuilderDialog::save);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(buildActivity(choices.agents));
    layout->addWidget(buildConversation());
    layout->addWidget(buildPlaces(choices), 1);
    layout->addWidget(m_otherErrors);
    layout->addWidget(m_buttons);

    connect(m_name, &QLineEdit::textChanged, this, &FilterBuilderDialog::revalidate);
    connect(m_myScope, &QRadioButton::toggled, this, &FilterBuilderDialog::revalidate);
    revalidate();
}

QWidget *FilterBuilderDialog::buildActivity(const QList<Agent> &agents)
{
    auto *box = new QGroupBox(tr("Activity and people"), this);
    m_notRepliedIn = new PeriodRow(tr("Not replied in"), QStringLiteral("notRepliedIn"), box);
    m_repliedIn = new PeriodRow(tr("Replied in"), QStringLiteral("repliedIn"), box);
    m_messageTimeIn = new PeriodRow(tr("Message time in"), QStringLiteral("messageTimeIn"), box);
    m_awaitingReply = new QCheckBox(tr("The customer wrote last (waiting for a reply)"), box);
    m_awaitingReply->setObjectName(QStringLiteral("awaitingReply"));
    m_owner = new UserRow(tr("Record owner is"), QStringLiteral("owner"), agents, box);
    m_repliedBy = new UserRow(tr("Replied by"), QStringLiteral("repliedBy"), agents, box);

    auto *layout = new QVBoxLayout(box);
    for (PeriodRow *row : {m_notRepliedIn, m_repliedIn, m_messageTimeIn}) {
        layout->addWidget(row);
        connect(row, &PeriodRow::changed, this, &FilterBuilderDialog::revalidate);
    }
    layout->addWidget(m_awaitingReply);
    for (UserRow *row : {m_owner, m_repliedBy}) {
        layout->addWidget(row);
        connect(row, &UserRow::changed, this, &FilterBuilderDialog::revalidate);
    }
    connect(m_awaitingReply, &QCheckBox::toggled, this, &FilterBuilderDialog::revalidate);
    return box;
}

QWidget *FilterBuilderDialog::buildConversation()
{
    auto *box = new QGroupBox(tr("Conversation"), this);
    m_status = new QComboBox(box);
    m_status->setObjectName(QStringLiteral("status"));
    m_status->addItem(tr("Any"), AnyStatus);
    m_status->addItem(tr("Open"), int(ConversationStatus::Open));
    m_status->addItem(tr("Closed"), int(ConversationStatus::Closed));
    m_unreadOnly = new QCheckBox(tr("Unread only"), box);
    m_unreadOnly->setObjectName(QStringLiteral("unreadOnly"));
    m_search = new QLineEdit(box);
    m_search->setObjectName(QStringLiteral("search"));
    m_search->setPlaceholderText(tr("Words in a message, the customer's name or number"));
    enableClearButton(m_search);

    auto *layout = new QFormLayout(box);
    layout->addRow(tr("Status:"), m_status);
    layout->addRow(QString(), m_unreadOnly);
    layout->addRow(tr("Containing:"), m_search);

    connect(m_status, &QComboBox::currentIndexChanged, this, &FilterBuilderDialog::revalidate);
    connect(m_unreadOnly, &QCheckBox::toggled, this, &FilterBuilderDialog::revalidate);
    connect(m_search, &QLineEdit::textChanged, this, &FilterBuilderDialog::revalidate);
    return box;
}

QWidget *FilterBuilderDialog::buildPlaces(const FilterChoices &choices)
{
    auto *places = new QWidget(this);
    auto *channelBox = new QGroupBox(tr("Channels (any of)"), places);
    m_channels = new CheckList(channelBox);
    m_channels->setObjectName(QStringLiteral("channels"));
    m_channels->setAccessibleName(channelBox->title());
    for (const Channel &channel : choices.channels)
        m_channels->addChoice(channelLabel(channel), QVariant::fromValue<Id>(channel.id));
    auto *departmentBox = new QGroupBox(tr("Departments (any of)"), places);
    m_departments = new CheckList(departmentBox);
    m_departments->setObjectName(QStringLiteral("departments"));
    m_departments->setAccessibleName(departmentBox->title());
    for (const QString &department : choices.departments)
        m_departments->addChoice(department, department);

    (new QVBoxLayout(channelBox))->addWidget(m_channels);
    (new QVBoxLayout(departmentBox))->addWidget(m_departments);
    auto *layout = new QHBoxLayout(places);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(channelBox);
    layout->addWidget(departmentBox);

    connect(m_channels, &CheckList::checkedChanged, this, &FilterBuilderDialog::revalidate);
    connect(m_departments, &CheckList::checkedChanged, this, &FilterBuilderDialog::revalidate);
    return places;
}

void FilterBuilderDialog::setFilter(const ConversationFilter &f)
{
    (f.scope == Scope::Mine     ? m_myScope
     : f.scope == Scope::MyTeam ? m_teamScope
                                : m_allScope)
        ->setChecked(true);
    m_kept.labelIds = f.labelIds;
    m_kept.priority = f.priority;
    m_kept.teamId = f.teamId;
    m_notRepliedIn->setPeriod(f.notRepliedIn);
    m_repliedIn->setPeriod(f.repliedIn);
    m_messageTimeIn->setPeriod(f.messageTimeIn);
    m_awaitingReply->setChecked(f.awaitingReply);
    m_owner->setUser(f.owner);
    m_repliedBy->setUser(f.repliedBy);
    m_status->setCurrentIndex(m_status->findData(f.status ? int(*f.status) : AnyStatus));
    m_unreadOnly->setChecked(f.unreadOnly);
    m_search->setText(f.search);

    QVariantList channelIds;
    for (Id id : f.channelIds) {
        const QVariant key = QVariant::fromValue<Id>(id);
        if (!m_channels->hasChoice(key))
            m_channels->addChoice(tr("Channel #%1 (not in this mirror)").arg(id), key);
        channelIds.append(key);
    }
    m_channels->setChecked(channelIds);
    QVariantList departments;
    for (const QString &department : f.departments) {
        if (!m_departments->hasChoice(department))
            m_departments->addChoice(department, department);
        departments.append(department);
    }
    m_departments->setChecked(departments);
    revalidate();
}

ConversationFilter FilterBuilderDialog::filter() const
{
    ConversationFilter f;
    f.scope = m_myScope->isChecked()     ? Scope::Mine
              : m_teamScope->isChecked() ? Scope::MyTeam
                                         : Scope::All;
    f.labelIds = m_kept.labelIds;
    f.priority = m_kept.priority;
    f.teamId = m_kept.teamId;
    f.notRepliedIn = m_notRepliedIn->period();
    f.repliedIn = m_repliedIn->period();
    f.messageTimeIn = m_messageTimeIn->period();
    f.awaitingReply = m_awaitingReply->isChecked();
    f.owner = m_owner->user();
    f.repliedBy = m_repliedBy->user();
    const int status = m_status->currentData().toInt();
    if (status != AnyStatus)
        f.status = ConversationStatus(status);
    f.unreadOnly = m_unreadOnly->isChecked();
    f.search = m_search->text().trimmed();
    for (const QVariant &id : m_channels->checked())
        f.channelIds.append(id.value<Id>());
    for (const QVariant &department : m_departments->checked())
        f.departments.append(department.toString());
    return f;
}

void FilterBuilderDialog::setSavedView(Id viewId, const QString &name)
{
    m_viewId = viewId;
    setViewName(name);
    setWindowTitle(viewId ? tr("Edit view") : tr("Filter conversations"));
}

void FilterBuilderDialog::setViewName(const QString &name)
{
    m_name->setText(name);
}

QString FilterBuilderDialog::viewName() const
{
    return m_name->text().trimmed();
}

void FilterBuilderDialog::revalidate()
{
    m_errors = validate(filter());
    QStringList rowErrors[5];
    QStringList others;
    const QStringList rowKeys = {QStringLiteral("not_replied_in"), QStringLiteral("replied_in"),
                                 QStringLiteral("message_time_in"), QStringLiteral("owner"),
                                 QStringLiteral("replied_by")};
    for (const RuleError &error : std::as_const(m_errors)) {
        const int row = rowKeys.indexOf(error.args.value(QStringLiteral("filter")).toString());
        (row >= 0 ? rowErrors[row] : others).append(error.message());
    }
    m_notRepliedIn->setError(rowErrors[0].join(QLatin1Char('\n')));
    m_repliedIn->setError(rowErrors[1].join(QLatin1Char('\n')));
    m_messageTimeIn->setError(rowErrors[2].join(QLatin1Char('\n')));
    m_owner->setError(rowErrors[3].join(QLatin1Char('\n')));
    m_repliedBy->setError(rowErrors[4].join(QLatin1Char('\n')));
    m_otherErrors->setText(others.join(QLatin1Char('\n')));
    m_otherErrors->setVisible(!others.isEmpty());

    const bool valid = m_errors.isEmpty();
    m_apply->setEnabled(valid);
    m_save->setEnabled(valid && !viewName().isEmpty());
    m_save->setToolTip(viewName().isEmpty() ? tr("Give the view a name to save it") : QString());
}

void FilterBuilderDialog::apply()
{
    if (!m_errors.isEmpty())
        return;
    emit applyRequested(filter());
    accept();
}

void FilterBuilderDialog::save()
{
    if (!m_errors.isEmpty() || viewName().isEmpty())
        return;
    emit saveRequested(m_viewId, viewName(), filter());
    accept();
}

} // namespace parley::ui
