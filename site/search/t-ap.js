briefingSearch.terms("ap",{"approach":[1,2],"april":[1,1]});
