#pragma once

#include "core/domain/ids.h"
#include "core/sync/hubclient.h"

#include <QDialog>
#include <QJsonObject>
#include <QPointer>

class QLabel;
class QLineEdit;

namespace parley::ui {

class CheckList;

// Names a group of agents and picks its members (R1.6 assigns new customers to groups).
class PeopleGroupDialog : public QDialog {
    Q_OBJECT
public:
    // `agents`: {"id", "name"} objects; `group`: the edited group, empty for a new one.
    PeopleGroupDialog(HubClient *hub, const QJsonArray &agents, const QJsonObject &group = {},
                      QWidget *parent = nullptr);

    QString errorText() const;

public slots:
    void save();

signals:
    void saved(const QJsonObject &group);

private:
    QPointer<HubClient> m_hub;
    Id m_groupId;
    QLineEdit *m_name;
    CheckList *m_members;
    QLabel *m_error;
};

} // namespace parley::ui
