/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define ESC_TYPE_NEW_DIALOG (esc_new_dialog_get_type ())
G_DECLARE_FINAL_TYPE (EscNewDialog, esc_new_dialog, ESC, NEW_DIALOG, AdwWindow)

EscNewDialog *esc_new_dialog_new (GtkWindow *parent);

G_END_DECLS
