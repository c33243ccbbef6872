#pragma once

class QLineEdit;

namespace parley::ui {

// Turns on a line edit's clear button and gives that button a name: Qt's own has only an icon,
// so a screen reader would announce an unnamed button.
void enableClearButton(QLineEdit *edit);

} // namespace parley::ui
