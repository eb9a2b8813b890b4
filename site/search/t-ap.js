briefingSearch.terms("ap",{"approach":[1,2]});
