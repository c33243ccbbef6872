#pragma once

#include "core/domain/predefinedtext.h"
#include "core/mirror/mirrorreads.h"

#include <optional>

class QComboBox;
class QLineEdit;

namespace parley::ui {

// The search box and module filter that the picker and Manage (R5.3) both put above their list.
namespace PredefinedTextFilter {

void setUp(QLineEdit *search, QComboBox *module);
// The module chosen, or none for "All modules".
std::optional<Module> chosenModule(const QComboBox *module);
PredefinedTextQuery query(const QLineEdit *search, const QComboBox *module);

} // namespace PredefinedTextFilter

} // namespace parley::ui
