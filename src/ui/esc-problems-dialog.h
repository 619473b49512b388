/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

GtkWindow *esc_problems_dialog_present (GtkWindow    *parent,
                                        const char   *display_name,
                                        const GError *error,
                                        GPtrArray    *problems);
void       esc_problems_dialog_add_list (AdwMessageDialog *dialog,
                                         GPtrArray        *problems,
                                         const char       *display_name);
char      *esc_problems_to_text        (GPtrArray    *problems,
                                        const char   *display_name);

G_END_DECLS
