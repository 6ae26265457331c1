/**
 * How Confluence Cloud keeps a Forge macro in storage format: an `ac:adf-extension` wrapping the ADF extension node,
 * its attributes as `ac:adf-attribute` and nested parameters as `ac:adf-parameter`, keys in kebab case (ADF's
 * `extensionKey` is `extension-key`, `guestParams` is `guest-params`), and an `ac:adf-fallback` shown where the
 * extension cannot be rendered. The extension type of a Forge app is `com.atlassian.ecosystem`, its key
 * `<app id>/<environment id>/static/<macro key>`; the macro's configuration sits in `guest-params`.
 * (Read from pages written by Confluence's editor, as published with tools that generate such pages.)
 */
import { escapeHtml } from './render-escape';
import { attributesOf, childrenOf, nameOf, textContent, type XmlNode } from './render-tree';

export const FORGE_EXTENSION_TYPE = 'com.atlassian.ecosystem';

export interface ForgeMacroInstance {
  extensionKey: string;
  localId: string;
  /** The macro's configuration as the app submitted it; Forge hands every value to the app as a string. */
  config: Record<string, string>;
  title: string;
}

/** `extensionKey` ⇄ `extension-key`, as Confluence writes ADF keys into storage format. */
export const kebabOf = (key: string) => key.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);
export const camelOf = (key: string) => key.replace(/-([a-z0-9])/g, (_match, letter: string) => letter.toUpperCase());

const named = (nodes: XmlNode[], element: string, key: string) => nodes.find((node) => nameOf(node) === element && attributesOf(node).key === key);

/** Reads a Forge macro out of an `ac:adf-extension` element; undefined when it is some other extension. */
export function readForgeMacro(extension: XmlNode): ForgeMacroInstance | undefined {
  const node = childrenOf(extension).find((child) => nameOf(child) === 'ac:adf-node' && attributesOf(child).type === 'extension');
  if (!node) return undefined;
  const attributes = childrenOf(node);
  const text = (key: string) => {
    const found = named(attributes, 'ac:adf-attribute', key);
    return found ? textContent(childrenOf(found)).trim() : '';
  };
  if (text('extension-type') !== FORGE_EXTENSION_TYPE) return undefined;
  const parameters = named(attributes, 'ac:adf-attribute', 'parameters');
  const parameterNodes = parameters ? childrenOf(parameters) : [];
  const guestParams = named(parameterNodes, 'ac:adf-parameter', 'guest-params');
  const config = Object.create(null) as Record<string, string>;
  for (const param of guestParams ? childrenOf(guestParams) : []) {
    if (nameOf(param) !== 'ac:adf-parameter') continue;
    config[camelOf(attributesOf(param).key ?? '')] = textContent(childrenOf(param));
  }
  const title = named(parameterNodes, 'ac:adf-parameter', 'extension-title');
  return { extensionKey: text('extension-key'), localId: text('local-id'), config, title: title ? textContent(childrenOf(title)) : text('text') };
}

/** The fallback Confluence shows when it cannot render the extension. */
export function fallbackOf(extension: XmlNode): XmlNode[] {
  const fallback = childrenOf(extension).find((child) => nameOf(child) === 'ac:adf-fallback');
  return fallback ? childrenOf(fallback) : [];
}

const xmlText = (text: string) => escapeHtml(text);

/** The storage form of a Forge macro, as Confluence's editor saves one the user inserted and configured. */
export function forgeMacroStorage(input: { extensionKey: string; localId: string; title: string; environmentType: string; config: Readonly<Record<string, string>> }): string {
  const guest = Object.entries(input.config)
    .map(([key, value]) => `<ac:adf-parameter key="${xmlText(kebabOf(key))}">${xmlText(value)}</ac:adf-parameter>`)
    .join('');
  const node = [
    '<ac:adf-node type="extension">',
    `<ac:adf-attribute key="extension-key">${xmlText(input.extensionKey)}</ac:adf-attribute>`,
    `<ac:adf-attribute key="extension-type">${FORGE_EXTENSION_TYPE}</ac:adf-attribute>`,
    '<ac:adf-attribute key="parameters">',
    `<ac:adf-parameter key="local-id">${xmlText(input.localId)}</ac:adf-parameter>`,
    `<ac:adf-parameter key="extension-id">ari:cloud:ecosystem::extension/${xmlText(input.extensionKey)}</ac:adf-parameter>`,
    `<ac:adf-parameter key="extension-title">${xmlText(input.title)}</ac:adf-parameter>`,
    '<ac:adf-parameter key="layout">extension</ac:adf-parameter>',
    `<ac:adf-parameter key="forge-environment">${xmlText(input.environmentType)}</ac:adf-parameter>`,
    `<ac:adf-parameter key="guest-params">${guest}</ac:adf-parameter>`,
    '</ac:adf-attribute>',
    `<ac:adf-attribute key="text">${xmlText(input.title)}</ac:adf-attribute>`,
    '<ac:adf-attribute key="layout">default</ac:adf-attribute>',
    `<ac:adf-attribute key="local-id">${xmlText(input.localId)}</ac:adf-attribute>`,
    '</ac:adf-node>',
  ].join('');
  return `<ac:adf-extension>${node}<ac:adf-fallback><p>${xmlText(input.title)}</p></ac:adf-fallback></ac:adf-extension>`;
}
