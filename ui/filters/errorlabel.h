#pragma once

#include <QLabel>

namespace parley::ui {

// The inline message under a field that says why it cannot be used as it is. Hidden until it
// has something to say; plain text, because messages quote user input.
class ErrorLabel : public QLabel {
    Q_OBJECT
public:
    explicit ErrorLabel(QWidget *parent = nullptr);
};

} // namespace parley::ui
