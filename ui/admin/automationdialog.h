#pragma once

#include "core/domain/record.h"
#include "core/sync/automationsapi.h"

#include <QDialog>
#include <QPointer>
#include <QSqlDatabase>

class QComboBox;
class QLabel;
class QPushButton;

namespace parley::ui {

// R6.5: sets up "when a record is created in <module>, send <approved template of that module>
// from <connected number>". Only leads and contacts receive messages, so only they are offered.
class AutomationDialog : public QDialog {
    Q_OBJECT
public:
    AutomationDialog(QSqlDatabase mirror, HubClient *hub, QWidget *parent = nullptr);

    void setModule(Module module);
    // Selects the template / channel with this id; false when it is not offered.
    bool chooseTemplate(Id templateId);
    bool chooseChannel(Id channelId);
    int templateCount() const;
    bool canCreate() const;
    QString errorText() const;

public slots:
    void create();

signals:
    void created();

private:
    void loadTemplates();
    void updateState();

    QSqlDatabase m_db;
    AutomationsApi m_automations;
    QComboBox *m_module;
    QComboBox *m_template;
    QComboBox *m_channel;
    QLabel *m_error;
    QPushButton *m_create;
    bool m_creating = false;
};

} // namespace parley::ui
