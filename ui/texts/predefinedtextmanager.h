#pragma once

#include "core/domain/predefinedtext.h"
#include "core/sync/predefinedtextsapi.h"

#include <QDialog>
#include <QPointer>
#include <QSqlDatabase>

class QComboBox;
class QLabel;
class QLineEdit;
class QMessageBox;
class QPushButton;
class QTableView;

namespace parley {
class MirrorStore;
}

namespace parley::ui {

class PredefinedTextEditor;
class PredefinedTextModel;

// R5.3: every predefined text, filtered by module and searched by name, to create, edit or
// delete (after a confirmation). Changes go to the hub asynchronously; the list shows them as
// soon as the hub accepts and the mirror confirms them with the next sync.
class PredefinedTextManager : public QDialog {
    Q_OBJECT
public:
    // `hub` may be null: the list is then read-only. The texts are read on `store`'s reader
    // thread.
    PredefinedTextManager(MirrorStore *store, HubClient *hub, QWidget *parent = nullptr);
    // Makes its own store over the mirror's file (tests).
    PredefinedTextManager(QSqlDatabase db, HubClient *hub, QWidget *parent = nullptr);

    PredefinedTextModel *model() const { return m_model; }
    PredefinedText currentText() const;
    void selectText(Id id);
    // The last refusal of a delete, translated; empty when there was none.
    QString errorText() const;

public slots:
    // After a sync batch changed predefined texts.
    void reload();
    PredefinedTextEditor *newText();
    PredefinedTextEditor *editCurrent();
    // Asks first; the text is deleted when the user confirms. Returns the question (for a
    // caller that wants to answer it), or null when nothing is selected.
    QMessageBox *deleteCurrent();

signals:
    void textSaved(const parley::PredefinedText &text);
    void textDeleted(parley::Id id);

private:
    PredefinedTextEditor *openEditor();
    void remove(const PredefinedText &text);
    void updateQuery();
    void updateButtons();
    void showError(const QString &message);

    MirrorStore *m_store;
    Id m_keep = 0;             // the text to select again when the rows are read again
    QPointer<HubClient> m_hub; // for the editors
    PredefinedTextsApi m_texts;
    PredefinedTextModel *m_model;
    QLineEdit *m_search;
    QComboBox *m_module;
    QTableView *m_table;
    QLabel *m_status;
    QLabel *m_error;
    QPushButton *m_new;
    QPushButton *m_edit;
    QPushButton *m_delete;
    int m_deleting = 0;
};

} // namespace parley::ui
