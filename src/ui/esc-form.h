/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

char *esc_form_dup_text (GtkEditable *editable);

G_END_DECLS
