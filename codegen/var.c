// var.c: where variables live.
//
// Each local variable of the function being generated has one slot, an
// alloca in the entry block named after it (mem2reg turns it into SSA values):
//     %x = alloca i64
// A variable with an allocation site (SITE_VAR: its address is taken or a
// closure captures it by reference) lives in the memory cg_alloc_site returns
// when its declaration executes; its slot holds that pointer instead:
//     %x.addr = alloca ptr        ; entry
//     %x = call ptr @gc_alloc(i64 8, ptr null)   ; at the declaration
//     store ptr %x, ptr %x.addr
// A variable too large for the C stack (over 128 KiB) is treated the same
// way, its memory from gc_alloc, even without a site.
// Package-level variables are LLVM globals named by their link name ("main.x").
// Obj.cg points at the CgVar; it is owned by the function being generated and
// made anew (lazily) for each function, so captured variables of an outer
// function get their own slot in the closure's function.
#include "cg.h"

static CgVar *global_var(Cg *cg, Obj *obj) {
    CgVar *v = NEW(CgVar);
    const char *name = obj->link_name ? obj->link_name : arena_sprintf("main.%s", obj->name);
    if (obj == obj_os_args)
        name = "rt_os_args";
    LLVMValueRef g = LLVMGetNamedGlobal(cg->mod, name);
    if (!g) {
        g = LLVMAddGlobal(cg->mod, cg_type(cg, obj->type), name);
        if (obj != obj_os_args)
            LLVMSetInitializer(g, LLVMConstNull(cg_type(cg, obj->type)));
        LLVMSetAlignment(g, 8);
    }
    v->slot = g;
    obj->cg = v;
    return v;
}

// A variable larger than gc's limit for stack variables (128 KiB, Go 1.24)
// without a site of its own still cannot live in an alloca of the 8 MiB C
// stack: it gets heap memory at its declaration, like a moved variable.
enum { CG_STACK_VAR_BYTES = 128 * 1024 };

static bool too_big_for_stack(Obj *obj) {
    return obj->type && obj->type->size > CG_STACK_VAR_BYTES;
}

CgVar *cg_var(Cg *cg, Obj *obj) {
    if (obj->is_global || obj == obj_os_args) {
        CgVar *v = obj->cg;
        return v && !v->owner ? v : global_var(cg, obj);
    }
    Func *owner = cg->fn ? cg->fn : &cg->entry_fn;
    CgVar *v = obj->cg;
    if (v && v->owner == owner)
        return v;
    v = NEW(CgVar);
    v->owner = owner;
    v->boxed = obj->site != NULL || too_big_for_stack(obj);
    const char *name = obj->name ? obj->name : "v";
    if (v->boxed)
        v->slot = cg_entry_alloca(cg, cg->t_ptr, arena_sprintf("%s.addr", name));
    else
        v->slot = cg_entry_alloca(cg, cg_type(cg, obj->type), name);
    obj->cg = v;
    return v;
}

// The address of the variable's current memory.
LLVMValueRef cg_var_addr(Cg *cg, Obj *obj) {
    CgVar *v = cg_var(cg, obj);
    if (!v->boxed)
        return v->slot;
    return LLVMBuildLoad2(cg->b, cg->t_ptr, v->slot, obj->name ? obj->name : "");
}

// Executes obj's declaration: fresh memory for a boxed variable, then its
// initial value (NULL: the zero value, which fresh memory already holds).
void cg_declare(Cg *cg, Obj *obj, LLVMValueRef value) {
    CgVar *v = cg_var(cg, obj);
    if (v->boxed) {
        LLVMValueRef mem;
        if (obj->site) {
            mem = cg_alloc_site(cg, obj->site, NULL);
        } else {
            LLVMValueRef args[] = {cg_i64(cg, obj->type->size), cg_elemdesc(cg, obj->type)};
            mem = cg_rt_call(cg, "gc_alloc", args, 2, obj->name ? obj->name : "");
        }
        LLVMBuildStore(cg->b, mem, v->slot);
        if (value)
            cg_store(cg, mem, value);
        return;
    }
    cg_store(cg, v->slot, value ? value : cg_zero(cg, obj->type));
}

void cg_store(Cg *cg, LLVMValueRef addr, LLVMValueRef v) {
    if (!cg_big_store(cg, addr, v))
        LLVMBuildStore(cg->b, v, addr);
}

LLVMValueRef cg_load(Cg *cg, Type *t, LLVMValueRef addr, const char *name) {
    if (cg_is_big(t))
        return cg_big_load(cg, t, addr);
    return LLVMBuildLoad2(cg->b, cg_type(cg, t), addr, name ? name : "");
}
