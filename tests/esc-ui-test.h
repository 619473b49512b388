/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "esc-application.h"
#include "esc-drawn-view.h"
#include "esc-window.h"

G_BEGIN_DECLS

typedef void (*EscUiTestFunc) (EscApplication *app,
                               EscWindow      *window,
                               gpointer        user_data);

void        esc_ui_test_init        (int            *argc,
                                     char         ***argv);
void        esc_ui_test_run_app     (EscUiTestFunc   func,
                                     gpointer        user_data);
guint       esc_ui_test_deadline_seconds (void);
gboolean    esc_ui_test_wait_until  (gboolean      (*condition) (gpointer),
                                     gpointer        data,
                                     const char     *what);
gboolean    esc_ui_test_wait_until_not (gboolean    (*condition) (gpointer),
                                        gpointer      data,
                                        const char   *what);
GtkWidget  *esc_ui_test_find       (GtkWidget      *root,
                                     gboolean      (*match) (GtkWidget *, gconstpointer),
                                     gconstpointer   data);
GtkWidget  *esc_ui_test_find_widget (GtkWidget      *root,
                                     GType           type);
gboolean    esc_ui_test_label_is     (GtkWidget    *widget,
                                        gconstpointer text);
gboolean    esc_ui_test_label_contains (GtkWidget    *widget,
                                        gconstpointer text);
GtkWindow  *esc_ui_test_find_toplevel (GType         type);
void        esc_ui_test_run_command (const char   *command);
void        esc_ui_test_point_at    (GtkWidget    *widget,
                                     double        x,
                                     double        y);
void        esc_ui_test_hover       (GtkWidget      *widget,
                                     double          x,
                                     double          y,
                                     gboolean      (*condition) (gpointer),
                                     gpointer        data,
                                     const char     *what);
gboolean    esc_ui_test_item_point  (EscDrawnView   *view,
                                     guint           item,
                                     double         *x,
                                     double         *y);
void        esc_ui_test_wait_mapped (GtkWidget      *widget);
void        esc_ui_test_wait_settled (GtkWidget     *widget);
void        esc_ui_test_press_keys  (GtkWidget      *widget,
                                     const char     *keys);

GtkWidget  *esc_ui_test_find_row    (GtkWidget      *root,
                                     const char     *title);
void        esc_ui_test_fill_row    (GtkWidget      *root,
                                     const char     *title,
                                     const char     *text);
void        esc_ui_test_screenshot  (GtkWidget      *widget);
void        esc_ui_test_wait_n_items (GListModel    *model,
                                      guint          n,
                                      const char    *what);
void        esc_ui_test_wait_length (GPtrArray      *array,
                                     guint           length,
                                     const char     *what);

G_END_DECLS
