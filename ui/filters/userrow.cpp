#include "ui/filters/userrow.h"

#include "ui/filters/errorlabel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QVBoxLayout>

namespace parley::ui {
namespace {

// Agent ids are positive, so this never names a real agent.
constexpr Id MeItem = -1;

} // namespace

UserRow::UserRow(const QString &label, const QString &name, const QList<Agent> &agents,
                 QWidget *parent)
    : QWidget(parent), m_enabled(new QCheckBox(label, this)), m_user(new QComboBox(this)),
      m_error(new ErrorLabel(this))
{
    setObjectName(name);
    m_enabled->setObjectName(name + QStringLiteral("Enabled"));
    m_user->setObjectName(name + QStringLiteral("User"));
    m_user->setAccessibleName(label);
    m_error->setObjectName(name + QStringLiteral("Error"));

    m_user->setPlaceholderText(tr("Choose a user"));
    m_user->addItem(tr("Me"), MeItem);
    for (const Agent &agent : agents) {
        m_user->addItem(agent.active ? agent.name : tr("%1 (inactive)").arg(agent.name), agent.id);
    }
    m_user->setCurrentIndex(-1);
    m_user->setEnabled(false);

    auto *line = new QHBoxLayout;
    line->setContentsMargins(0, 0, 0, 0);
    line->addWidget(m_enabled, 1);
    line->addWidget(m_user, 1);
    auto *column = new QVBoxLayout(this);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(2);
    column->addLayout(line);
    column->addWidget(m_error);

    connect(m_enabled, &QCheckBox::toggled, m_user, &QComboBox::setEnabled);
    connect(m_enabled, &QCheckBox::toggled, this, &UserRow::changed);
    connect(m_user, &QComboBox::currentIndexChanged, this, &UserRow::changed);
}

void UserRow::setUser(const std::optional<UserRef> &user)
{
    m_enabled->setChecked(user.has_value());
    if (!user) {
        m_user->setCurrentIndex(-1);
        return;
    }
    if (user->me) {
        m_user->setCurrentIndex(m_user->findData(MeItem));
        return;
    }
    if (user->agentId <= 0) {
        m_user->setCurrentIndex(-1);
        return;
    }
    int index = m_user->findData(user->agentId);
    if (index < 0) { // not in this mirror (yet): keep it rather than silently widen the filter
        m_user->addItem(tr("User #%1").arg(user->agentId), user->agentId);
        index = m_user->count() - 1;
    }
    m_user->setCurrentIndex(index);
}

std::optional<UserRef> UserRow::user() const
{
    if (!m_enabled->isChecked())
        return std::nullopt;
    if (m_user->currentIndex() < 0)
        return UserRef{false, 0};
    const Id id = m_user->currentData().toLongLong();
    return id == MeItem ? UserRef{true, 0} : UserRef{false, id};
}

void UserRow::setError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

} // namespace parley::ui
