/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Add Article: an article pasted into the dataset, with its title, outlet, date, link
 * and language, the language picked by name in the reader's language. Add puts it in
 * as one edit that can be undone, and shows it in Sources, ready to cite from. */
#include "config.h"

#include <glib/gi18n.h>

#include "esc-article-dialog.h"
#include "esc-cite.h"
#include "esc-form.h"
#include "esc-edit-list.h"
#include "esc-language.h"
#include "esc-validate.h"


struct _EscArticleDialog
{
  AdwWindow parent_instance;
  EscHistory *history;

  /* Template children */
  AdwEntryRow *title_row;
  AdwEntryRow *outlet_row;
  AdwEntryRow *published_row;
  AdwEntryRow *url_row;
  AdwComboRow *language_row;
  GtkTextView *text_view;
  GtkLabel *problem_label;
};

G_DEFINE_FINAL_TYPE (EscArticleDialog, esc_article_dialog, ADW_TYPE_WINDOW)

static const char *
row_text (AdwEntryRow *row)
{
  return gtk_editable_get_text (GTK_EDITABLE (row));
}

static char *
pasted_text (EscArticleDialog *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->text_view);
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

/* What stops the article from being added, or NULL. */
static const char *
problem (EscArticleDialog *self)
{
  g_autofree char *text = pasted_text (self);
  g_autofree char *title = esc_form_dup_text (GTK_EDITABLE (self->title_row));
  g_auto(GStrv) paragraphs = esc_cite_split_paragraphs (text);
  const char *published = row_text (self->published_row), *url = row_text (self->url_row);

  if (title == NULL)
    return _("Give the article’s title.");
  if (paragraphs[0] == NULL)
    return _("Paste the article’s text.");
  if (*published != '\0' && !esc_is_valid_partial_date (published))
    return _("The date is not a date such as 2024-07-29.");
  if (*url != '\0' && !esc_is_web_url (url))
    return _("The link is not an http or https address.");
  return NULL;
}

static void
update (EscArticleDialog *self)
{
  const char *wrong = problem (self);

  gtk_label_set_text (self->problem_label, wrong ? wrong : "");
  gtk_widget_set_visible (GTK_WIDGET (self->problem_label), wrong != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "article.add", wrong == NULL);
}

static void
add_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  EscArticleDialog *self = ESC_ARTICLE_DIALOG (widget);
  EscDataset *dataset = esc_history_get_dataset (self->history);
  g_autofree char *title = esc_form_dup_text (GTK_EDITABLE (self->title_row));
  g_autofree char *outlet = esc_form_dup_text (GTK_EDITABLE (self->outlet_row));
  g_autofree char *published = esc_form_dup_text (GTK_EDITABLE (self->published_row));
  g_autofree char *url = esc_form_dup_text (GTK_EDITABLE (self->url_row));
  g_autofree char *text = pasted_text (self);
  g_autoptr(EscArticle) article = NULL;
  GtkWindow *parent = gtk_window_get_transient_for (GTK_WINDOW (self));
  EscEdit *edit;

  if (problem (self) != NULL)
    return;
  article = esc_cite_pasted_article (dataset, title, text, esc_form_languages ()[adw_combo_row_get_selected (self->language_row)]);
  g_object_set (article, "outlet", outlet, "published", published, "url", url, NULL);
  edit = esc_edit_list_new_insert (dataset, "articles", esc_dataset_get_articles (dataset)->len, article);
  esc_edit_set_label (edit, _("Add an article"));
  esc_history_do (self->history, edit);
  if (parent != NULL)
    gtk_widget_activate_action (GTK_WIDGET (parent), "win.show-article", "s", esc_article_get_id (article));
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
esc_article_dialog_dispose (GObject *object)
{
  g_clear_object (&ESC_ARTICLE_DIALOG (object)->history);
  G_OBJECT_CLASS (esc_article_dialog_parent_class)->dispose (object);
}

static void
esc_article_dialog_class_init (EscArticleDialogClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = esc_article_dialog_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PATH "/esc-article-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, EscArticleDialog, title_row);
  gtk_widget_class_bind_template_child (widget_class, EscArticleDialog, outlet_row);
  gtk_widget_class_bind_template_child (widget_class, EscArticleDialog, published_row);
  gtk_widget_class_bind_template_child (widget_class, EscArticleDialog, url_row);
  gtk_widget_class_bind_template_child (widget_class, EscArticleDialog, language_row);
  gtk_widget_class_bind_template_child (widget_class, EscArticleDialog, text_view);
  gtk_widget_class_bind_template_child (widget_class, EscArticleDialog, problem_label);
  gtk_widget_class_install_action (widget_class, "article.add", NULL, add_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Return, GDK_CONTROL_MASK, "article.add", NULL);
}

/* The reader's own language, where it is one of those offered; else English. */
static guint
default_language (void)
{
  const char *locale = g_get_language_names ()[0];
  const char * const *languages = esc_form_languages ();

  for (guint i = 0; languages[i] != NULL; i++)
    if (g_str_has_prefix (locale, languages[i]) && !g_ascii_isalpha (locale[strlen (languages[i])]))
      return i;
  return 0;
}

static void
esc_article_dialog_init (EscArticleDialog *self)
{
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  const char * const *languages = esc_form_languages ();

  gtk_widget_init_template (GTK_WIDGET (self));
  for (guint i = 0; languages[i] != NULL; i++)
    {
      g_autofree char *name = esc_language_get_display_name (languages[i]);

      gtk_string_list_append (names, name);
    }
  adw_combo_row_set_model (self->language_row, G_LIST_MODEL (names));
  adw_combo_row_set_selected (self->language_row, default_language ());
  g_signal_connect_swapped (self->title_row, "changed", G_CALLBACK (update), self);
  g_signal_connect_swapped (self->published_row, "changed", G_CALLBACK (update), self);
  g_signal_connect_swapped (self->url_row, "changed", G_CALLBACK (update), self);
  g_signal_connect_swapped (gtk_text_view_get_buffer (self->text_view), "changed", G_CALLBACK (update), self);
  update (self);
}

/**
 * esc_article_dialog_new:
 *
 * Returns: (transfer none): the form, shown over @parent; Add puts the article in the
 *   dataset of @history
 */
EscArticleDialog *
esc_article_dialog_new (GtkWindow  *parent,
                        EscHistory *history)
{
  EscArticleDialog *self = g_object_new (ESC_TYPE_ARTICLE_DIALOG, "transient-for", parent, NULL);

  self->history = g_object_ref (history);
  gtk_window_present (GTK_WINDOW (self));
  return self;
}
