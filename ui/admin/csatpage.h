#pragma once

#include "core/domain/channel.h"
#include "core/domain/messagetemplate.h"
#include "core/mirror/adminreads.h"
#include "core/sync/csatapi.h"
#include "ui/admin/adminmirror.h"

#include <QHash>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QPushButton;

namespace parley::ui {

// Issue #14 item 5, for admins: whether a satisfaction survey goes to the customer when a
// conversation is closed, and which approved template it is, for every channel and, where a
// channel needs another, for that channel. The choices come from the mirror (approved
// templates, channels); the settings are read from and saved to the hub (CsatApi, answered on
// the hub client's thread). A refusal (a non-admin, a template no longer approved) is said in the
// hub error table's words, and a page the hub will not show stays read-only.
class CsatPage : public QWidget {
    Q_OBJECT
public:
    CsatPage(AdminMirror mirror, HubClient *hub, QWidget *parent = nullptr);

    bool surveysOn() const;
    // The template chosen for every channel (0: none), and for `channelId` (0: every channel's).
    Id everyChannelTemplate() const;
    Id channelTemplate(Id channelId) const;
    void setSurveysOn(bool on);
    // False when `templateId` is not one of the approved templates offered.
    bool chooseEveryChannelTemplate(Id templateId);
    bool chooseChannelTemplate(Id channelId, Id templateId);
    QString errorText() const;

public slots:
    // The approved templates and channels from the mirror, then (once they are shown) the
    // settings from the hub; `loaded` follows.
    void reload();
    // Sends what changed since the hub's settings were read; `saved` follows.
    void save();

signals:
    void loaded(bool ok);
    void saved(bool ok);

private:
    void fillChoices(const CsatChoices &choices);
    void readSettings();
    void fillTemplates(QComboBox *box, const QString &noneText);
    void showSettings(const QList<CsatSetting> &settings);
    void settle(const QList<CsatSetting> &wanted);
    void showError(const QString &text);
    void updateEnabled();
    static bool choose(QComboBox *box, Id templateId);

    AdminMirror m_mirror;
    AnswerOrder m_choiceOrder; // the newest read of the choices is shown
    CsatApi m_api;
    QList<MessageTemplate> m_templates; // approved, by name
    QList<Channel> m_channels;
    QHash<Id, Id> m_stored; // the hub's settings: channel (0: every) → template
    bool m_readable = false;
    int m_pending = 0;
    bool m_failed = false;
    QCheckBox *m_on;
    QComboBox *m_everyChannel;
    QFormLayout *m_channelForm;
    QHash<Id, QComboBox *> m_channelBoxes;
    QPushButton *m_save;
    QLabel *m_status;
    QLabel *m_error;
};

} // namespace parley::ui
