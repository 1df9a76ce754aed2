/**
 * Evaluation of pipelines, as text/template's exec.go does it: fields and map keys, variables,
 * function calls with Go's argument conversions, and the value a pipeline hands on.
 */
import { RenderFailure } from './failure';
import { type CallContext, type TemplateFunction, checkSize } from './function-types';
import { describeArg, type ArgNode, type ChainNode, type NumberNode, type PipeNode, type VariableNode } from './nodes';
import {
  GoInt,
  GoMap,
  GoStruct,
  type GoValue,
  type ParamType,
  INTERFACE_MAP,
  VALUES_MAP,
  isTrue,
  newInt,
  typeName,
  valuesPathOf,
} from './values';

/** No value handed along the pipeline (Go's missingVal): the command is the pipeline's first. */
export const MISSING: unique symbol = Symbol('missing');
export type Final = GoValue | typeof MISSING;

export interface Variable {
  name: string;
  value: GoValue;
}

/** chartutil.Values methods, which Go calls instead of reading a key of the same name. */
const VALUES_METHODS = new Set(['AsMap', 'Encode', 'PathValue', 'Table', 'YAML']);

const GO_TYPE_NAMES: Record<ParamType, string> = {
  any: 'interface {}',
  reflect: 'reflect.Value',
  string: 'string',
  int: 'int',
  int64: 'int64',
  float64: 'float64',
  bool: 'bool',
  map: INTERFACE_MAP,
  values: VALUES_MAP,
};

export abstract class Evaluator {
  vars: Variable[] = [];

  protected abstract lookupFunction(name: string): TemplateFunction;
  protected abstract callContext(): CallContext;
  protected abstract step(): void;
  /** Told of each value of `.Values` a field chain ends on (`['image', 'tag']`), by its path. */
  protected abstract valueRead(path: readonly string[]): void;

  evalPipeline(dot: GoValue, pipe: PipeNode): GoValue {
    let value: Final = MISSING;
    for (const cmd of pipe.cmds) {
      this.step();
      value = this.evalCommand(dot, cmd.args, value);
      // Go digs the value out of an interface after each command; a nil interface becomes no value.
      if (value === null) value = undefined;
    }
    const result = value === MISSING ? undefined : value;
    for (const name of pipe.decl) {
      if (pipe.isAssign) this.setVar(name, result);
      else this.vars.push({ name, value: result });
    }
    return result;
  }

  private setVar(name: string, value: GoValue): void {
    for (let i = this.vars.length - 1; i >= 0; i--) {
      const variable = this.vars[i];
      if (variable?.name === name) {
        variable.value = value;
        return;
      }
    }
    throw RenderFailure.error(`undefined variable: ${name}`);
  }

  private varValue(name: string): GoValue {
    for (let i = this.vars.length - 1; i >= 0; i--) {
      const variable = this.vars[i];
      if (variable?.name === name) return variable.value;
    }
    throw RenderFailure.error(`undefined variable: ${name}`);
  }

  private notAFunction(args: readonly ArgNode[], final: Final): void {
    if (args.length > 1 || final !== MISSING) {
      throw RenderFailure.error(
        `can't give argument to non-function ${describeArg(args[0] ?? { kind: 'dot', pos: 0 })}`,
      );
    }
  }

  private evalCommand(dot: GoValue, args: readonly ArgNode[], final: Final): GoValue {
    const first = args[0];
    if (!first) throw RenderFailure.error('empty command');
    switch (first.kind) {
      case 'field':
        return this.evalFieldChain(dot, dot, first.idents, args, final);
      case 'chain':
        return this.evalChain(dot, first, args, final);
      case 'identifier':
        return this.evalFunction(dot, first.name, args, final);
      case 'pipe':
        this.notAFunction(args, final);
        return this.evalPipeline(dot, first);
      case 'variable':
        return this.evalVariable(dot, first, args, final);
    }
    this.notAFunction(args, final);
    switch (first.kind) {
      case 'bool':
        return first.value;
      case 'dot':
        return dot;
      case 'nil':
        throw RenderFailure.error('nil is not a command');
      case 'number':
        return idealConstant(first);
      case 'string':
        return first.value;
    }
  }

  private evalVariable(dot: GoValue, node: VariableNode, args: readonly ArgNode[], final: Final): GoValue {
    const value = this.varValue(node.idents[0] ?? '$');
    if (node.idents.length === 1) {
      this.notAFunction(args, final);
      return value;
    }
    return this.evalFieldChain(dot, value, node.idents.slice(1), args, final);
  }

  private evalChain(dot: GoValue, chain: ChainNode, args: readonly ArgNode[], final: Final): GoValue {
    if (chain.node.kind === 'nil')
      throw RenderFailure.error(`indirection through explicit nil in ${describeArg(chain)}`);
    const receiver = this.evalArg(dot, undefined, chain.node);
    return this.evalFieldChain(dot, receiver, chain.fields, args, final);
  }

  private evalFieldChain(
    dot: GoValue,
    receiver: GoValue,
    idents: readonly string[],
    args: readonly ArgNode[],
    final: Final,
  ): GoValue {
    let value = receiver;
    for (let i = 0; i < idents.length - 1; i++) value = this.evalField(dot, idents[i] ?? '', [], MISSING, value);
    const name = idents[idents.length - 1] ?? '';
    // Only a value that is set has a place to point at; `nameOverride: ""` is the idiom for unset.
    const at = valuesPathOf(value);
    if (at && value instanceof GoMap) {
      const read = value.entries.get(name);
      if (read !== undefined && read !== null && read !== '') this.valueRead([...at, name]);
    }
    return this.evalField(dot, name, args, final, value);
  }

  private evalField(dot: GoValue, name: string, args: readonly ArgNode[], final: Final, receiver: GoValue): GoValue {
    if (receiver === undefined) return undefined;
    if (receiver === null) throw RenderFailure.error(`nil pointer evaluating interface {}.${name}`);
    const hasArgs = args.length > 1 || final !== MISSING;
    if (receiver instanceof GoStruct) {
      const method = receiver.methods.get(name);
      if (!method && receiver.opaque !== undefined) throw RenderFailure.unsupported(receiver.opaque);
      if (method)
        return this.evalCall(dot, { params: method.params, call: (values) => method.call(values) }, name, args, final);
      if (receiver.unmodelled.has(name)) {
        throw RenderFailure.unsupported(`\`.${name}\` of ${receiver.typeName} is not modelled by this renderer.`);
      }
      if (receiver.fields.has(name)) {
        if (hasArgs) throw RenderFailure.error(`${name} has arguments but cannot be invoked as function`);
        return receiver.fields.get(name);
      }
    } else if (receiver instanceof GoMap) {
      if (receiver.typeName === VALUES_MAP && VALUES_METHODS.has(name)) {
        throw RenderFailure.unsupported(`\`.${name}\` calls a Go method of Helm's values type, which is not modelled.`);
      }
      if (hasArgs) throw RenderFailure.error(`${name} is not a method but has arguments`);
      if (receiver.entries.has(name)) return receiver.entries.get(name);
      return receiver.elem === 'string' ? '' : receiver.elem === 'int' ? newInt(0) : null;
    }
    throw RenderFailure.error(`can't evaluate field ${name} in type ${typeName(receiver)}`);
  }

  private evalFunction(dot: GoValue, name: string, args: readonly ArgNode[], final: Final): GoValue {
    return this.evalCall(dot, this.lookupFunction(name), name, args, final);
  }

  private evalCall(dot: GoValue, fn: TemplateFunction, name: string, args: readonly ArgNode[], final: Final): GoValue {
    const argNodes = args.slice(1);
    const numIn = argNodes.length + (final === MISSING ? 0 : 1);
    const numFixed = fn.params.length;
    if (fn.variadic !== undefined) {
      if (numIn < numFixed) {
        throw RenderFailure.error(`wrong number of args for ${name}: want at least ${numFixed} got ${argNodes.length}`);
      }
    } else if (numIn !== numFixed) {
      throw RenderFailure.error(`wrong number of args for ${name}: want ${numFixed} got ${numIn}`);
    }
    if (fn.shortCircuit) {
      let value: GoValue = undefined;
      for (const arg of argNodes) {
        value = this.evalArg(dot, 'reflect', arg);
        if (isTrue(value) === (fn.shortCircuit === 'or')) return value;
      }
      return final === MISSING ? value : final;
    }
    const argv: GoValue[] = [];
    argNodes.forEach((arg, i) => {
      const type = i < numFixed ? fn.params[i] : fn.variadic;
      argv.push(this.evalArg(dot, type ?? 'any', arg));
    });
    if (final !== MISSING) {
      const type = fn.variadic !== undefined && numIn - 1 >= numFixed ? fn.variadic : fn.params[numIn - 1];
      argv.push(validateType(final, type ?? 'any'));
    }
    this.step();
    try {
      const result = fn.call(argv, this.callContext());
      if (typeof result === 'string') checkSize(result, `\`${name}\``);
      return result;
    } catch (failure) {
      if (
        failure instanceof RenderFailure &&
        failure.kind === 'error' &&
        !failure.message.startsWith('error calling')
      ) {
        failure.message = `error calling ${name}: ${failure.message}`;
      }
      throw failure;
    }
  }

  /** exec.go's evalArg: an argument of a given Go type, from a node. `undefined` type means untyped. */
  evalArg(dot: GoValue, type: ParamType | undefined, node: ArgNode): GoValue {
    switch (node.kind) {
      case 'dot':
        return validateType(dot, type);
      case 'nil':
        if (type === undefined || canBeNil(type)) return zeroOf(type);
        throw RenderFailure.error(`cannot assign nil to ${GO_TYPE_NAMES[type]}`);
      case 'field':
        return validateType(this.evalFieldChain(dot, dot, node.idents, [node], MISSING), type);
      case 'variable':
        return validateType(this.evalVariable(dot, node, [], MISSING), type);
      case 'pipe':
        return validateType(this.evalPipeline(dot, node), type);
      case 'identifier':
        return validateType(this.evalFunction(dot, node.name, [node], MISSING), type);
      case 'chain':
        return validateType(this.evalChain(dot, node, [], MISSING), type);
    }
    const shown = describeArg(node);
    switch (type) {
      case 'bool':
        if (node.kind === 'bool') return node.value;
        throw RenderFailure.error(`expected bool; found ${shown}`);
      case 'float64':
        if (node.kind === 'number' && node.isFloat) return node.float;
        throw RenderFailure.error(`expected float; found ${shown}`);
      case 'int':
      case 'int64':
        if (node.kind === 'number' && node.isInt) return newInt(node.int, type);
        throw RenderFailure.error(`expected integer; found ${shown}`);
      case 'string':
        if (node.kind === 'string') return node.value;
        throw RenderFailure.error(`expected string; found ${shown}`);
      case 'map':
      case 'values':
        throw RenderFailure.error(`can't handle ${shown} for arg of type ${GO_TYPE_NAMES[type]}`);
    }
    switch (node.kind) {
      case 'bool':
        return node.value;
      case 'number':
        return idealConstant(node);
      case 'string':
        return node.value;
    }
  }
}

const canBeNil = (type: ParamType): boolean =>
  type === 'any' || type === 'reflect' || type === 'map' || type === 'values';

function zeroOf(type: ParamType | undefined): GoValue {
  if (type === 'map') return new GoMap(INTERFACE_MAP, 'any', new Map(), true);
  if (type === 'values') return new GoMap(VALUES_MAP, 'any', new Map(), true);
  return type === undefined ? undefined : null;
}

/** exec.go's validateType: whether a value may be passed where a parameter of this type is. */
export function validateType(value: GoValue, type: ParamType | undefined): GoValue {
  if (type === undefined || type === 'reflect') return value;
  if (value === undefined) {
    if (canBeNil(type)) return zeroOf(type);
    throw RenderFailure.error(`invalid value; expected ${GO_TYPE_NAMES[type]}`);
  }
  if (value instanceof GoStruct && value.opaque !== undefined) throw RenderFailure.unsupported(value.opaque);
  if (type === 'any') return value;
  const found = value === null ? 'interface {}' : typeName(value);
  const assignable =
    (type === 'string' && typeof value === 'string') ||
    (type === 'bool' && typeof value === 'boolean') ||
    (type === 'float64' && typeof value === 'number') ||
    ((type === 'int' || type === 'int64') && value instanceof GoInt && value.typeName === type) ||
    ((type === 'map' || type === 'values') &&
      value instanceof GoMap &&
      (found === INTERFACE_MAP || found === VALUES_MAP));
  if (!assignable) {
    throw RenderFailure.error(`wrong type for value; expected ${GO_TYPE_NAMES[type]}; got ${found}`);
  }
  return value;
}

/** A number written in a template, where nothing says its type: int, unless written as a float. */
export function idealConstant(node: NumberNode): GoValue {
  const isRune = node.text.startsWith("'");
  const isHex = /^0[xX]/.test(node.text) && !/[pP]/.test(node.text);
  if (node.isFloat && !isHex && !isRune && /[.eEpP]/.test(node.text)) return node.float;
  if (node.isInt) return newInt(node.int);
  if (node.isUint) throw RenderFailure.error(`${node.text} overflows int`);
  return undefined;
}
