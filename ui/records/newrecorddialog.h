#pragma once

#include "core/domain/record.h"

#include <QDialog>
#include <QMap>

class QLabel;
class QLineEdit;
class QPushButton;

namespace parley::ui {

class QuickActions;

// R9.3: an agent creates a lead or a contact from the records browser. The module's standard
// fields; at least one filled. The hub looks a Mobile or Phone up like any number, so the new
// record is the one a later chat with that number belongs to.
class NewRecordDialog : public QDialog {
    Q_OBJECT
public:
    NewRecordDialog(Module module, QuickActions *actions, QWidget *parent = nullptr);

    QLineEdit *editorFor(const QString &field) const { return m_editors.value(field); }
    bool canCreate() const;
    QString problemText() const;

public slots:
    void create();

signals:
    void created(parley::Id recordId);

private:
    void updateState();

    Module m_module;
    QuickActions *m_actions;
    QMap<QString, QLineEdit *> m_editors;
    QLabel *m_problem = nullptr;
    QPushButton *m_create = nullptr;
    bool m_creating = false;
};

} // namespace parley::ui
