#pragma once

#include "core/domain/agent.h"
#include "core/domain/channel.h"
#include "core/filter/conversationfilter.h"

#include <QDialog>
#include <QSqlDatabase>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;

namespace parley::ui {

class CheckList;
class PeriodRow;
class UserRow;

// What the builder offers to choose from.
struct FilterChoices {
    QList<Agent> agents; // inactive ones too: an older view may name them
    QList<Channel> channels;
    QStringList departments;

    static FilterChoices fromMirror(QSqlDatabase db);
};

// R3.2 / R3.4: builds a ConversationFilter from every filter the Messages module has, and
// optionally names it to be saved as a view (R3.3). It only edits: "Apply" and "Save view"
// hand the filter over through signals, and the caller runs or stores it.
class FilterBuilderDialog : public QDialog {
    Q_OBJECT
public:
    explicit FilterBuilderDialog(const FilterChoices &choices, QWidget *parent = nullptr);

    // Reads a filter in for editing; what the lists do not offer (a channel since removed) is
    // kept and shown as such rather than dropped.
    void setFilter(const ConversationFilter &filter);
    ConversationFilter filter() const;

    // Editing a saved view: its id comes back with saveRequested. 0 (the default) saves anew.
    void setSavedView(Id viewId, const QString &name);
    Id savedViewId() const { return m_viewId; }
    void setViewName(const QString &name);
    QString viewName() const;

    // What keeps the filter from running, as validate() says; empty when it can run.
    RuleErrors errors() const { return m_errors; }

signals:
    void applyRequested(const parley::ConversationFilter &filter);
    // viewId 0: a new view.
    void saveRequested(parley::Id viewId, const QString &name,
                       const parley::ConversationFilter &filter);

private:
    QWidget *buildActivity(const QList<Agent> &agents);
    QWidget *buildConversation();
    QWidget *buildPlaces(const FilterChoices &choices);
    void revalidate();
    void apply();
    void save();

    Id m_viewId = 0;
    RuleErrors m_errors;
    QLineEdit *m_name = nullptr;
    QRadioButton *m_allScope = nullptr;
    QRadioButton *m_myScope = nullptr;
    QRadioButton *m_teamScope = nullptr; // issue #12: my agent groups' conversations
    // The triage parts this dialog has no control for yet (labels, priority, team): kept as
    // they came, so that editing a view never drops them.
    ConversationFilter m_kept;
    PeriodRow *m_notRepliedIn = nullptr;
    PeriodRow *m_repliedIn = nullptr;
    PeriodRow *m_messageTimeIn = nullptr;
    QCheckBox *m_awaitingReply = nullptr;
    UserRow *m_owner = nullptr;
    UserRow *m_repliedBy = nullptr;
    QComboBox *m_status = nullptr;
    QCheckBox *m_unreadOnly = nullptr;
    QLineEdit *m_search = nullptr;
    CheckList *m_channels = nullptr;
    CheckList *m_departments = nullptr;
    QLabel *m_otherErrors = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_apply = nullptr;
    QPushButton *m_save = nullptr;
};

} // namespace parley::ui
