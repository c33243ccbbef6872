#include "ui/admin/channelroutingbox.h"

#include "core/domain/agent.h"
#include "ui/filters/checklist.h"
#include "ui/main/huberrors.h"

#include <QComboBox>
#include <QFormLayout>
#include <QJsonArray>
#include <QLabel>
#include <QStackedWidget>

namespace parley::ui {
namespace {

QVariantList variants(const QJsonArray &array)
{
    QVariantList list;
    for (const QJsonValue &value : array)
        list.append(value.isDouble() ? QVariant(value.toInteger()) : QVariant(value.toString()));
    return list;
}

QJsonArray ids(const QVariantList &keys)
{
    QJsonArray array;
    for (const QVariant &key : keys)
        array.append(key.toLongLong());
    return array;
}

QJsonArray names(const QVariantList &keys)
{
    QJsonArray array;
    for (const QVariant &key : keys)
        array.append(key.toString());
    return array;
}

} // namespace

ChannelRoutingBox::ChannelRoutingBox(HubClient *hub, QWidget *parent)
    : QGroupBox(tr("New customers"), parent), m_hub(hub), m_assignTo(new QComboBox(this)),
      m_targets(new QStackedWidget(this)), m_users(new CheckList(this)),
      m_groups(new CheckList(this)), m_roles(new CheckList(this)),
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

void ChannelRoutingBox::fetch(const QString &path, std::function<void(const QJsonObject &)> use)
{
    ++m_pending;
    m_hub->get(path, [this, self = QPointer(this), use](const HubClient::Reply &reply) {
        if (!self)
            return;
        if (reply.ok())
            use(reply.json);
        else
            emit failed(hubErrorText(reply.error.code, reply.error.message));
        if (--m_pending == 0) {
            apply(m_stored);
            emit loaded();
        }
    });
}

void ChannelRoutingBox::load(Id channelId)
{
    if (!m_hub)
        return;
    fetch(QStringLiteral("/api/v1/agents"), [this](const QJsonObject &json) {
        for (const QJsonValue &agent : json.value(QStringLiteral("agents")).toArray()) {
            Role role = Role::Agent;
            roleFromName(agent[QStringLiteral("role")].toString(), &role);
            if (canSend(role) && agent[QStringLiteral("active")].toBool())
                m_users->addChoice(agent[QStringLiteral("name")].toString(),
                                   agent[QStringLiteral("id")].toInteger());
        }
    });
    fetch(QStringLiteral("/api/v1/groups"), [this](const QJsonObject &json) {
        for (const QJsonValue &group : json.value(QStringLiteral("groups")).toArray())
            m_groups->addChoice(group[QStringLiteral("name")].toString(),
                                group[QStringLiteral("id")].toInteger());
    });
    fetch(QStringLiteral("/api/v1/departments"), [this](const QJsonObject &json) {
        for (const QJsonValue &name : json.value(QStringLiteral("departments")).toArray())
            m_departments->addChoice(name.toString(), name.toString());
    });
    if (channelId > 0)
        fetch(QStringLiteral("/api/v1/channels/%1/routing").arg(channelId),
              [this](const QJsonObject &json) {
                  m_stored = json.value(QStringLiteral("routing")).toObject();
              });
}

void ChannelRoutingBox::apply(const QJsonObject &routing)
{
    if (routing.isEmpty())
        return;
    m_assignTo->setCurrentIndex(
        qMax(0, m_assignTo->findData(routing.value(QStringLiteral("assign_to")).toString())));
    m_users->setChecked(variants(routing.value(QStringLiteral("agents")).toArray()));
    m_groups->setChecked(variants(routing.value(QStringLiteral("groups")).toArray()));
    m_roles->setChecked(variants(routing.value(QStringLiteral("roles")).toArray()));
    m_departments->setChecked(variants(routing.value(QStringLiteral("departments")).toArray()));
}

QJsonObject ChannelRoutingBox::routing() const
{
    return {{QStringLiteral("assign_to"), m_assignTo->currentData().toString()},
            {QStringLiteral("agents"), ids(m_users->checked())},
            {QStringLiteral("groups"), ids(m_groups->checked())},
            {QStringLiteral("roles"), names(m_roles->checked())},
            {QStringLiteral("departments"), names(m_departments->checked())}};
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
