// How the client shows that something is wrong, in one place so that every form
// looks the same: the red of a message beside a field, the box that says why a
// whole form was refused, and the frame around an editor at fault.
#pragma once

#include <QString>

class QLabel;

namespace cordial::client::feedback {

// The red of error text (readable on the window background, also for the
// colour-blind thanks to the words it always comes with).
QString errorColour();

// Style sheet of a label whose text says what is wrong.
QString errorTextStyle();

// Style sheet of a box above a form that says why the form as a whole was refused.
QString errorBoxStyle();

// Style sheet that frames an editor whose value was refused.
QString invalidEditorStyle();

// A label for an error message: plain text (the server's words may quote what was
// typed), wrapped, red, hidden until there is something to say.
QLabel *errorLabel(const QString &objectName);

} // namespace cordial::client::feedback
