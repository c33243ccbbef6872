#include "ui/admin/channelroutingbox.h"

#include "core/domain/agent.h"
#include "ui/filters/checklist.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QPointer>
#include <QStackedWidget>

namespace parley::ui {
namespace {

template <typename T> QVariantList variants(const QList<T> &keys)
{
    QVariantList list;
    for (const T &key : keys)
        list.append(QVariant::fromValue(key));
    return list;
}

QList<Id> ids(const QVariantList &keys)
{
    QList<Id> list;
    for (const QVariant &key : keys)
        list.append(key.toLongLong());
    return list;
}

QStringList names(const QVariantList &keys)
{
    QStringList list;
    for (const QVariant &key : keys)
        list.append(key.toString());
    return list;
}

} // namespace

ChannelRoutingBox::ChannelRoutingBox(HubClient *hub, QWidget *parent)
    : QGroupBox(tr("New customers"), parent), m_people(HubApi(hub)), m_channels(HubApi(hub)),
      m_assignTo(new QComboBox(this)), m_targets(new QStackedWidget(this)),
      m_users(new CheckList(this)), m_groups(new CheckList(this)), m_roles(new CheckList(this)),
      m_departments(new CheckList(this))
{
    m_assignTo->setObjectName(QStringLiteral("assignTo"));
    m_users->setObjectName(QStringLiteral("assignUsers"));
    m_groups->setObjectName(QStringLiteral("assignGroups"));
    m_roles->setObjectName(QStringLiteral("assignRoles"));
    m_departments->setObjectName(QStringLiteral("enabledDepartments"));
    m_assignTo->addItem(tr("Everyone who can reply"), QStringLiteral("department"));
    m_assignTo->addItem(tr("Chosen users"), QStringLiteral("users"));
    m_assignTo->addItem(tr("Members of chosen groups"), QStringLiteral("groups"));
    m_assignTo->addItem(tr("Chosen roles"), QStringLiteral("roles"));
    m_roles->addChoice(tr("Admins"), roleName(Role::Admin));
    m_roles->addChoice(tr("Agents who view and reply"), roleName(Role::Agent));
    m_targets->addWidget(new QLabel(tr("Every active admin and agent takes a turn."), this));
    m_targets->addWidget(m_users);
    m_targets->addWidget(m_groups);
    m_targets->addWidget(m_roles);
    for (CheckList *list : {m_users, m_groups, m_roles, m_departments})
        list->setMaximumHeight(120);

    auto *form = new QFormLayout(this);
    form->addRow(tr("Assign in turn to:"), m_assignTo);
    form->addRow(QString(), m_targets);
    form->addRow(tr("Also route to departments:"), m_departments);
    auto *hint = new QLabel(tr("Chats go to agents of the channel's department and of the "
                               "departments ticked here; when none of them qualifies, to the "
                               "chosen people wherever they are."),
                            this);
    hint->setWordWrap(true);
    form->addRow(hint);
    connect(m_assignTo, &QComboBox::currentIndexChanged, m_targets,
            &QStackedWidget::setCurrentIndex);
}

template <typename T> HubCallback<T> ChannelRoutingBox::pending(std::function<void(const T &)> use)
{
    ++m_pending;
    return [this, self = QPointer(this), use = std::move(use)](const HubResult<T> &result) {
        if (!self)
            return;
        if (result.ok())
            use(*result);
        else
            emit failed(result.error().text());
        if (--m_pending == 0) {
            if (m_stored)
                apply(*m_stored);
            emit loaded();
        }
    };
}

void ChannelRoutingBox::load(Id channelId)
{
    if (!m_people.isConnected())
        return;
    m_people.agents(pending<QList<Agent>>([this](const QList<Agent> &agents) {
        for (const Agent &agent : agents) {
            if (canSend(agent.role) && agent.active)
                m_users->addChoice(agent.name, agent.id);
        }
    }));
    m_people.groups(pending<QList<AgentGroup>>([this](const QList<AgentGroup> &groups) {
        for (const AgentGroup &group : groups)
            m_groups->addChoice(group.name, group.id);
    }));
    m_people.departments(pending<QStringList>([this](const QStringList &departments) {
        for (const QString &name : departments)
            m_departments->addChoice(name, name);
    }));
    if (channelId > 0)
        m_channels.routing(channelId,
                           pending<ChannelRoutingRule>(
                               [this](const ChannelRoutingRule &routing) { m_stored = routing; }));
}

void ChannelRoutingBox::apply(const ChannelRoutingRule &routing)
{
    m_assignTo->setCurrentIndex(qMax(0, m_assignTo->findData(routing.assignTo)));
    m_users->setChecked(variants(routing.agents));
    m_groups->setChecked(variants(routing.groups));
    m_roles->setChecked(variants(routing.roles));
    m_departments->setChecked(variants(routing.departments));
}

ChannelRoutingRule ChannelRoutingBox::routing() const
{
    return {m_assignTo->currentData().toString(), ids(m_users->checked()), ids(m_groups->checked()),
            names(m_roles->checked()), names(m_departments->checked())};
}

QString ChannelRoutingBox::problem() const
{
    const QString mode = m_assignTo->currentData().toString();
    if (mode == QLatin1String("users") && m_users->checked().isEmpty())
        return tr("Choose at least one user to assign new customers to.");
    if (mode == QLatin1String("groups") && m_groups->checked().isEmpty())
        return tr("Choose at least one group to assign new customers to.");
    if (mode == QLatin1String("roles") && m_roles->checked().isEmpty())
        return tr("Choose at least one role to assign new customers to.");
    return {};
}

} // namespace parley::ui
