#include "ui/admin/csatpage.h"

#include "ui/filters/errorlabel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

#include <utility>

namespace parley::ui {

CsatPage::CsatPage(AdminMirror mirror, HubClient *hub, QWidget *parent)
    : QWidget(parent), m_mirror(mirror), m_api(HubApi(hub)), m_on(new QCheckBox(this)),
      m_everyChannel(new QComboBox(this)), m_channelForm(new QFormLayout),
      m_save(new QPushButton(tr("Save"), this)), m_status(new QLabel(this)),
      m_error(new ErrorLabel(this))
{
    setObjectName(QStringLiteral("csatPage"));
    auto *intro = new QLabel(tr("When a conversation is closed, Parley can send the customer a "
                                "short survey: an approved template whose quick-reply buttons "
                                "are the scores 1 to 5. The answers appear in Reports."),
                             this);
    intro->setWordWrap(true);
    m_on->setObjectName(QStringLiteral("csatOn"));
    m_on->setText(tr("Send a satisfaction survey when a conversation is closed"));
    m_everyChannel->setObjectName(QStringLiteral("csatEveryChannel"));
    m_everyChannel->setAccessibleName(tr("Survey template for every channel"));
    m_everyChannel->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_everyChannel->setMinimumContentsLength(24);
    m_save->setObjectName(QStringLiteral("saveCsat"));
    m_status->setObjectName(QStringLiteral("csatStatus"));
    m_error->setObjectName(QStringLiteral("csatError"));

    auto *every = new QFormLayout;
    every->addRow(tr("Survey template for every channel:"), m_everyChannel);
    auto *channelsTitle = new QLabel(tr("A channel that needs another survey:"), this);
    auto *channels = new QWidget(this);
    channels->setLayout(m_channelForm);
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("csatChannels"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(channels);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_status, 1);
    buttons->addWidget(m_save);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_on);
    layout->addLayout(every);
    layout->addWidget(channelsTitle);
    layout->addWidget(scroll, 1);
    layout->addWidget(m_error);
    layout->addLayout(buttons);

    connect(m_on, &QCheckBox::toggled, this, &CsatPage::updateEnabled);
    connect(m_save, &QPushButton::clicked, this, &CsatPage::save);
    reload();
}

bool CsatPage::surveysOn() const
{
    return m_on->isChecked();
}

Id CsatPage::everyChannelTemplate() const
{
    return m_everyChannel->currentData().toLongLong();
}

Id CsatPage::channelTemplate(Id channelId) const
{
    const QComboBox *box = m_channelBoxes.value(channelId);
    return box ? box->currentData().toLongLong() : 0;
}

void CsatPage::setSurveysOn(bool on)
{
    m_on->setChecked(on);
}

bool CsatPage::chooseEveryChannelTemplate(Id templateId)
{
    return choose(m_everyChannel, templateId);
}

bool CsatPage::chooseChannelTemplate(Id channelId, Id templateId)
{
    QComboBox *box = m_channelBoxes.value(channelId);
    return box && choose(box, templateId);
}

bool CsatPage::choose(QComboBox *box, Id templateId)
{
    const int index = box->findData(templateId);
    if (index < 0)
        return false;
    box->setCurrentIndex(index);
    return true;
}

QString CsatPage::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void CsatPage::fillTemplates(QComboBox *box, const QString &noneText)
{
    box->clear();
    box->addItem(noneText, Id(0));
    for (const MessageTemplate &t : m_templates)
        box->addItem(QStringLiteral("%1 (%2)").arg(t.name, t.language), t.id);
}

void CsatPage::fillChoices(const CsatChoices &choices)
{
    m_templates = choices.templates;
    m_channels = choices.channels;
    fillTemplates(m_everyChannel, tr("None"));
    while (m_channelForm->rowCount() > 0)
        m_channelForm->removeRow(0);
    m_channelBoxes.clear();
    for (const Channel &channel : m_channels) {
        auto *box = new QComboBox;
        box->setObjectName(QStringLiteral("csatChannel%1").arg(channel.id));
        const QString title = channel.displayNumber.isEmpty()
                                  ? channel.name
                                  : tr("%1 (%2)").arg(channel.name, channel.displayNumber);
        box->setAccessibleName(tr("Survey template for %1").arg(title));
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        box->setMinimumContentsLength(24);
        fillTemplates(box, tr("As every channel"));
        m_channelForm->addRow(title, box);
        m_channelBoxes.insert(channel.id, box);
    }
}

void CsatPage::reload()
{
    m_readable = false;
    updateEnabled();
    // The settings land on the boxes the choices make: the hub is asked once they are shown.
    const AnswerOrder::Question question = m_choiceOrder.askMirror();
    m_mirror.read<CsatChoices>(this, readCsatChoices, [this, question](const CsatChoices &choices) {
        if (!m_choiceOrder.mirrorMayShow(question))
            return;
        fillChoices(choices);
        // What the hub said last stays shown on the new boxes until it answers again.
        QList<CsatSetting> stored;
        for (auto it = m_stored.cbegin(); it != m_stored.cend(); ++it)
            stored.append({it.key(), it.value()});
        if (!stored.isEmpty())
            showSettings(stored);
        updateEnabled();
        readSettings();
    });
}

void CsatPage::readSettings()
{
    if (!m_api.isConnected())
        return;
    m_api.settings([this, self = QPointer(this)](const HubResult<QList<CsatSetting>> &reply) {
        if (!self)
            return;
        if (!reply.ok()) {
            showError(reply.error().text());
            updateEnabled();
            emit loaded(false);
            return;
        }
        m_error->hide();
        showSettings(*reply);
        m_readable = true;
        updateEnabled();
        emit loaded(true);
    });
}

void CsatPage::showSettings(const QList<CsatSetting> &settings)
{
    m_stored.clear();
    bool on = false;
    for (const CsatSetting &s : settings) {
        m_stored.insert(s.channelId, s.templateId);
        on = on || s.templateId > 0;
        QComboBox *box = s.channelId == 0 ? m_everyChannel : m_channelBoxes.value(s.channelId);
        if (!box)
            continue; // a channel the mirror does not hold yet
        // A template set on the hub that is no longer approved here still shows what it is.
        if (!choose(box, s.templateId)) {
            box->addItem(QStringLiteral("#%1").arg(s.templateId), s.templateId);
            choose(box, s.templateId);
        }
    }
    m_on->setChecked(on);
    m_status->clear();
}

void CsatPage::save()
{
    QList<CsatSetting> wanted;
    const bool on = m_on->isChecked();
    QHash<Id, Id> chosen{{0, on ? everyChannelTemplate() : 0}};
    for (auto it = m_channelBoxes.cbegin(); it != m_channelBoxes.cend(); ++it)
        chosen.insert(it.key(), on ? it.value()->currentData().toLongLong() : 0);
    for (auto it = chosen.cbegin(); it != chosen.cend(); ++it) {
        if (m_stored.value(it.key(), 0) != it.value())
            wanted.append({it.key(), it.value()});
    }
    settle(wanted);
}

void CsatPage::settle(const QList<CsatSetting> &wanted)
{
    m_error->hide();
    m_status->clear();
    if (wanted.isEmpty()) {
        m_status->setText(tr("Saved."));
        emit saved(true);
        return;
    }
    m_pending = int(wanted.size());
    m_failed = false;
    m_save->setEnabled(false);
    for (const CsatSetting &setting : wanted) {
        m_api.save(setting, [this, self = QPointer(this)](const HubResult<CsatSetting> &reply) {
            if (!self)
                return;
            if (reply.ok()) {
                if (reply->templateId > 0)
                    m_stored.insert(reply->channelId, reply->templateId);
                else
                    m_stored.remove(reply->channelId);
            } else if (!m_failed) {
                m_failed = true;
                showError(reply.error().text());
            }
            if (--m_pending > 0)
                return;
            updateEnabled();
            if (!m_failed)
                m_status->setText(tr("Saved."));
            emit saved(!m_failed);
        });
    }
}

void CsatPage::showError(const QString &text)
{
    m_error->setText(text);
    m_error->show();
}

void CsatPage::updateEnabled()
{
    // Read-only until the hub has shown its settings: an agent's page shows the refusal only.
    m_on->setEnabled(m_readable);
    const bool choosing = m_readable && m_on->isChecked();
    m_everyChannel->setEnabled(choosing);
    for (QComboBox *box : std::as_const(m_channelBoxes))
        box->setEnabled(choosing);
    m_save->setEnabled(m_readable && m_pending == 0);
}

} // namespace parley::ui
