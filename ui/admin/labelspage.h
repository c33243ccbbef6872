#pragma once

#include "core/protocol/triagetypes.h"
#include "core/sync/triageapi.h"

#include <QMessageBox>
#include <QPointer>
#include <QWidget>

class QColorDialog;
class QInputDialog;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QToolButton;

namespace parley::ui {

// Issue #12 triage: the labels admins define for the team, each with its colour. Create one
// (a name and a colour), rename it, give it another colour, or delete it after a question that
// says how many conversations carry it. Read from the hub (GET /labels) when shown and after a
// label.* event; every change goes to the hub at once, and a refusal is said under the list in
// the hub error table's words.
class LabelsPage : public QWidget {
    Q_OBJECT
public:
    explicit LabelsPage(HubClient *hub, QWidget *parent = nullptr);

    QList<Label> labels() const { return m_labels; }
    std::optional<Label> currentLabel() const;
    void selectLabel(Id id);
    // The colour a new label gets (the swatch beside the name shows it).
    QColor newColour() const { return m_newColour; }

public slots:
    void refresh();  // from the hub
    void addLabel(); // the name typed and the colour chosen
    // Each opens its dialog and acts when it is accepted; returns it (null: nothing selected).
    QColorDialog *chooseNewColour();
    QInputDialog *renameCurrent();
    QColorDialog *recolourCurrent();
    // Asks the hub how many conversations carry the label first; the question follows
    // (deleteQuestionShown).
    void deleteCurrent();

signals:
    void labelsShown();
    void deleteQuestionShown(QMessageBox *question);
    void changeFinished(bool ok);

private:
    void showLabels(const QList<Label> &labels);
    void save(const Label &label);
    void settle(const HubResult<Label> &reply);
    void askToDelete(const Label &label, int conversations);
    void showError(const QString &text);
    void updateButtons();

    TriageApi m_api;
    QList<Label> m_labels;
    QColor m_newColour;
    QListWidget *m_list;
    QLineEdit *m_name;
    QToolButton *m_swatch;
    QPushButton *m_add;
    QPushButton *m_rename;
    QPushButton *m_recolour;
    QPushButton *m_delete;
    QLabel *m_error;
};

} // namespace parley::ui
