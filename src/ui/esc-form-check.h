/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "esc-dataset.h"

G_BEGIN_DECLS

#define ESC_TYPE_FORM_CHECK (esc_form_check_get_type ())
G_DECLARE_FINAL_TYPE (EscFormCheck, esc_form_check, ESC, FORM_CHECK, GObject)

EscFormCheck *esc_form_check_new          (EscDataset   *dataset,
                                           gpointer      original,
                                           GPtrArray    *list);
void          esc_form_check_queue        (EscFormCheck *self,
                                           gpointer      item);
void          esc_form_check_now          (EscFormCheck *self,
                                           gpointer      item);
void          esc_form_check_set_dropped  (EscFormCheck *self,
                                           GHashTable   *dropped);
gboolean      esc_form_check_is_done      (EscFormCheck *self);
gboolean      esc_form_check_allows       (EscFormCheck *self,
                                           gpointer      item);
gboolean      esc_form_check_has_errors   (EscFormCheck *self);
GPtrArray    *esc_form_check_get_problems (EscFormCheck *self);
char         *esc_form_check_describe     (EscFormCheck *self);
void          esc_form_check_set_label    (EscFormCheck *self,
                                           GtkLabel     *label);
void          esc_form_check_set_note     (EscFormCheck *self,
                                           const char   *note);

G_END_DECLS
