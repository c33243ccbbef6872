#pragma once

#include "core/domain/record.h"

#include <QMap>
#include <QWidget>

class QFormLayout;
class QLineEdit;
class QPushButton;

namespace parley::ui {

// The record's fields, editable in place (R3.5): the module's standard fields, then any other
// field the record has. Link fields (recordlinks.h) are left to the panel's company and deals
// sections. Values the agent is editing survive a refresh from the mirror.
class RecordFieldsEditor : public QWidget {
    Q_OBJECT
public:
    explicit RecordFieldsEditor(QWidget *parent = nullptr);

    void setRecord(const Record &record, bool editable);
    // The fields whose text differs from the record, "" for a cleared one.
    QVariantMap changedFields() const;
    QLineEdit *editorFor(const QString &field) const { return m_editors.value(field); }
    void setSaving(bool saving);
    // After the hub took the values: they count as the record's until the mirror has them.
    void markSaved();

signals:
    void saveRequested(const QVariantMap &fields);

private:
    void updateButtons();

    Record m_record;
    bool m_editable = false;
    bool m_saving = false;
    QFormLayout *m_form = nullptr;
    QStringList m_names; // in the order shown
    QMap<QString, QLineEdit *> m_editors;
    QMap<QString, QString> m_saved; // values the hub took, not yet back from the mirror
    QPushButton *m_save = nullptr;
    QPushButton *m_revert = nullptr;
};

} // namespace parley::ui
