#pragma once

#include "core/domain/conversation.h"
#include "core/domain/predefinedtext.h"
#include "core/sync/hubclient.h"
#include "ui/texts/mergepreview.h"

#include <QDialog>
#include <QPointer>
#include <QSqlDatabase>

class QComboBox;
class QLabel;
class QLineEdit;
class QListView;
class QPushButton;
class QTextBrowser;

namespace parley {
class MirrorStore;
}

namespace parley::ui {

class PredefinedTextEditor;
class PredefinedTextModel;

// R4.2: picks a predefined text beside the composer. Search by name, narrow by module, and see
// the message as this customer will get it, with unknown fields and fields without a value
// marked and listed. Enter or a double click hands the filled-in text over (textChosen);
// "New predefined text" (R5.2) writes one without leaving the conversation.
class PredefinedTextPicker : public QDialog {
    Q_OBJECT
public:
    // `hub` may be null (offline or view-only): the picker then only picks. The texts and the
    // conversation's record are read on `store`'s reader thread.
    PredefinedTextPicker(MirrorStore *store, HubClient *hub, QWidget *parent = nullptr);
    // Makes its own store over the mirror's file (tests).
    PredefinedTextPicker(QSqlDatabase db, HubClient *hub, QWidget *parent = nullptr);

    // The records merge fields read: the conversation's lead or contact.
    void setRecords(const QList<Record> &records);
    // Reads the conversation's record from the mirror (reader thread) and uses it.
    void setConversation(const Conversation &conversation);
    // Shows the picker once the texts and the record asked for are in.
    void showWhenLoaded();
    // Everything asked of the mirror has arrived.
    bool isLoaded() const;

    PredefinedTextModel *model() const { return m_model; }
    PredefinedText currentText() const;
    MergePreview currentPreview() const { return m_preview; }
    void selectText(Id id);

public slots:
    // After a sync batch changed predefined texts.
    void reload();
    // Hands the current text, filled in, to textChosen and closes.
    void choose();
    PredefinedTextEditor *newText();

signals:
    void textChosen(const QString &text);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updateQuery();
    void updatePreview();
    void selectRow(int row);
    void loaded();

    MirrorStore *m_store;
    quint64 m_recordAsked = 0; // the conversation's record on its way
    bool m_showWhenLoaded = false;
    Id m_keep = 0; // the text to keep selected when the rows are read again
    QPointer<HubClient> m_hub;
    QList<Record> m_records;
    MergePreview m_preview;
    PredefinedTextModel *m_model;
    QLineEdit *m_search;
    QComboBox *m_module;
    QListView *m_list;
    QTextBrowser *m_previewView;
    QLabel *m_issues;
    QLabel *m_empty;
    QPushButton *m_insert;
    QPushButton *m_new;
};

} // namespace parley::ui
