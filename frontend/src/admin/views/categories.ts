// Sections as a tree, with a form to create one or edit the one chosen. Writes send the
// section's version as If-Match; a section with sub-sections cannot be deleted (the API
// answers 409, shown as such).
import { h } from '../../dom/h';
import { buildTree, categoryOptions, type CategoryBranch } from '../category-tree';
import { clearFieldErrors, messageArea, showFieldErrors } from '../components/errors';
import { field, select, textArea, textInput, valueOrNull } from '../components/field';
import type { AdminContext } from '../context';
import { ApiProblem, problemMessage } from '../problem';
import { isEditor } from '../session';
import type { CategoryResponse } from '../types';

export async function categoriesPage(context: AdminContext): Promise<HTMLElement> {
  const { api } = context;
  const canEdit = isEditor(context.session.role);
  const messages = messageArea();
  const treeView = h('div', { class: 'category-tree' });
  const formSlot = h('div', { class: 'category-form-slot' });
  let categories = await api.categories();

  async function refresh(notice?: string): Promise<void> {
    context.categoriesChanged();
    categories = await api.categories();
    draw();
    if (notice) messages.success(notice);
  }

  function draw(): void {
    treeView.replaceChildren(categories.length ? branchList(buildTree(categories)) : h('p', null, 'Chưa có chuyên mục nào.'));
    formSlot.replaceChildren(canEdit ? categoryForm(null, null) : h('p', { class: 'hint' }, 'Chỉ biên tập viên mới quản lý chuyên mục.'));
  }

  function branchList(branches: CategoryBranch[]): HTMLElement {
    return h('ul', null, branches.map(({ category, children }) => h('li', null,
      h('div', { class: 'category-row' },
        h('span', { class: 'category-name' }, category.name), ' ',
        h('code', null, category.slug),
        canEdit ? h('span', { class: 'row-tools' },
          h('button', { type: 'button', onclick: () => formSlot.replaceChildren(categoryForm(category, null)) }, 'Sửa'),
          h('button', { type: 'button', onclick: () => formSlot.replaceChildren(categoryForm(null, category.id)) }, 'Thêm mục con'),
          h('button', { type: 'button', class: 'danger', onclick: () => void remove(category) }, 'Xoá')) : null),
      children.length ? branchList(children) : null)));
  }

  async function remove(category: CategoryResponse): Promise<void> {
    if (!window.confirm(`Xoá chuyên mục “${category.name}”?`)) return;
    try {
      await api.deleteCategory(category.id, `"${category.version}"`);
      await refresh('Đã xoá chuyên mục.');
    } catch (error) {
      messages.error(problemMessage(error));
    }
  }

  function categoryForm(editing: CategoryResponse | null, parentId: number | null): HTMLElement {
    const name = textInput(editing?.name, { required: true, maxlength: 200 });
    const slug = textInput(editing?.slug);
    const description = textArea(editing?.description, { rows: 2 });
    const others = categories.filter((c) => c.id !== editing?.id);
    const parent = select([{ value: '', label: '(Chuyên mục gốc)' }, ...categoryOptions(others, (c) => String(c.id))],
      String(editing?.parentId ?? parentId ?? ''));
    const order = textInput(String(editing?.sortOrder ?? 0), { type: 'number', step: 1 });
    const form = h('form', { class: 'category-form', novalidate: true, onsubmit: (event: Event) => {
      event.preventDefault();
      void save();
    } },
      h('h2', null, editing ? `Sửa chuyên mục “${editing.name}”` : 'Thêm chuyên mục'),
      field(name, { key: 'name', label: 'Tên' }),
      field(slug, { key: 'slug', label: 'Đường dẫn (slug)', hint: 'Để trống: tạo từ tên.' }),
      field(description, { key: 'description', label: 'Mô tả' }),
      field(parent, { key: 'parentId', label: 'Thuộc chuyên mục' }),
      field(order, { key: 'sortOrder', label: 'Thứ tự (nhỏ đứng trước)' }),
      h('button', { type: 'submit', class: 'primary' }, editing ? 'Lưu' : 'Thêm'),
      editing ? h('button', { type: 'button', onclick: () => formSlot.replaceChildren(categoryForm(null, null)) }, 'Huỷ') : null);

    async function save(): Promise<void> {
      clearFieldErrors(form);
      messages.clear();
      const request = {
        name: name.value.trim(),
        slug: valueOrNull(slug),
        description: valueOrNull(description),
        parentId: parent.value ? Number(parent.value) : null,
        sortOrder: Number(order.value) || 0,
      };
      try {
        if (editing) await api.updateCategory(editing.id, request, `"${editing.version}"`);
        else await api.createCategory(request);
        await refresh(editing ? 'Đã lưu chuyên mục.' : 'Đã thêm chuyên mục.');
      } catch (error) {
        const unclaimed = error instanceof ApiProblem && error.kind === 'validation' ? showFieldErrors(form, error.errors) : [];
        messages.error(problemMessage(error), unclaimed);
      }
    }
    return form;
  }

  draw();
  return h('div', { class: 'categories-page' }, h('h1', null, 'Chuyên mục'), messages.element,
    h('div', { class: 'two-columns' }, treeView, formSlot));
}
